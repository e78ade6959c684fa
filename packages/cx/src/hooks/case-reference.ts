/**
 * Case references a customer can read aloud over the phone: groups of four characters from an alphabet without
 * look-alikes or sound-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V), ending in a check character that catches any
 * single mistyped character and most swapped neighbours.
 */

/** 23 characters (a prime, for the check), none easily confused with another when written, printed or spoken. */
export const CASE_REFERENCE_ALPHABET = 'ACDEFGHJKMNPQRTWXY34679' as const;
const GROUP = 4;

function checkCharacter(body: string): string {
  // Weighted sum modulo a prime alphabet length (23): detects every single substitution and adjacent transposition.
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) sum += (i + 1) * CASE_REFERENCE_ALPHABET.indexOf(body[i]!);
  return CASE_REFERENCE_ALPHABET[sum % CASE_REFERENCE_ALPHABET.length]!;
}

function group(raw: string): string {
  return raw.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? '';
}

/**
 * Creates a reference such as `KX4R-9TCM`: `length` random characters (default 7) plus a check character, grouped.
 * `random` returns numbers in [0, 1); it defaults to `crypto.getRandomValues` when available.
 */
export function createCaseReference(options: { length?: number; random?: () => number } = {}): string {
  const length = options.length ?? 7;
  const random =
    options.random ??
    (() => {
      const buffer = new Uint32Array(1);
      globalThis.crypto.getRandomValues(buffer);
      return buffer[0]! / 2 ** 32;
    });
  let body = '';
  for (let i = 0; i < length; i += 1) {
    body += CASE_REFERENCE_ALPHABET[Math.floor(random() * CASE_REFERENCE_ALPHABET.length)];
  }
  return group(body + checkCharacter(body));
}

/** Upper-cases, drops spaces and dashes; returns `null` when a character is outside the alphabet or the check fails. */
export function parseCaseReference(input: string): string | null {
  const raw = input.toUpperCase().replace(/[\s-]/g, '');
  if (raw.length < 2 || [...raw].some((char) => !CASE_REFERENCE_ALPHABET.includes(char))) return null;
  const body = raw.slice(0, -1);
  return checkCharacter(body) === raw.slice(-1) ? group(raw) : null;
}

/** `KX4R-9TCM` → `K X 4 R, 9 T C M`: one character at a time, a pause between groups (for `aria-label`). */
export function spellCaseReference(reference: string): string {
  return reference
    .split('-')
    .map((part) => [...part].join(' '))
    .join(', ');
}
