import type { Locale } from '../i18n/messages';

/** Why a file was not added. */
export type FileRejection =
  | { file: File; reason: 'type' }
  | { file: File; reason: 'size' }
  | { file: File; reason: 'count' };

/** True when the file matches the `accept` list as the browser's picker would: `.pdf`, `image/*`, `application/pdf`. */
export function matchesAccept(file: File, accept: string | undefined): boolean {
  const tokens = acceptTokens(accept);
  if (tokens.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return tokens.some((token) =>
    token.startsWith('.') ? name.endsWith(token) : token.endsWith('/*') ? type.startsWith(token.slice(0, -1)) : type === token,
  );
}

function acceptTokens(accept: string | undefined): string[] {
  return (accept ?? '')
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean);
}

/** The accept list in words for error messages: `.pdf,image/png` → "PDF, PNG". */
export function describeAccept(accept: string | undefined): string {
  return acceptTokens(accept)
    .map((token) => (token.startsWith('.') ? token.slice(1) : token.endsWith('/*') ? token : token.split('/')[1] ?? token))
    .map((token) => token.toUpperCase())
    .join(', ');
}

/**
 * Splits newly picked files into those added and those rejected (type, then size, then the count left), so each
 * rejected file can be named in its own message.
 */
export function sortPicked(
  picked: File[],
  kept: number,
  rules: { accept?: string; maxSize?: number; maxFiles: number },
): { added: File[]; rejected: FileRejection[] } {
  const added: File[] = [];
  const rejected: FileRejection[] = [];
  for (const file of picked) {
    if (!matchesAccept(file, rules.accept)) rejected.push({ file, reason: 'type' });
    else if (rules.maxSize !== undefined && file.size > rules.maxSize) rejected.push({ file, reason: 'size' });
    else if (kept + added.length >= rules.maxFiles) rejected.push({ file, reason: 'count' });
    else added.push(file);
  }
  return { added, rejected };
}

/** File size in the locale's words and units (SI: 1 MB = 1,000,000 bytes, as operating systems show them). */
export function formatFileSize(bytes: number, locale: Locale): string {
  const [unit, divisor] = bytes >= 1e6 ? ['megabyte', 1e6] : bytes >= 1e3 ? ['kilobyte', 1e3] : ['byte', 1];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(bytes / divisor);
}
