// @ts-check
/**
 * Validation and alias resolution for Polku's DTCG 2025.10 token sources: pure functions on parsed JSON, with no
 * file system, so the Storybook brand playground and review pages run the very same checks in the browser.
 *
 * The file-reading part (reading token files, listing brands, loading a theme × brand from a tokens directory) is
 * validate.mjs, which re-exports everything here for Node callers (the build, the CLI, the tests). Browser code
 * (.storybook, docs) imports this module only; tests/browser-safe-imports.test.ts checks that.
 *
 * Every problem is reported as `<file>: <token path>: <message>` and never contains `[object Object]`.
 */

/** Token types this pipeline understands. Anything else is rejected with a clear message. */
export const TOKEN_TYPES = /** @type {const} */ ([
  'color',
  'dimension',
  'fontFamily',
  'fontWeight',
  'duration',
  'cubicBezier',
  'number',
  'shadow',
]);

export const DIMENSION_UNITS = ['px', 'rem'];
export const DURATION_UNITS = ['ms', 's'];
export const COLOR_SPACES = ['srgb'];
export const FONT_WEIGHT_KEYWORDS = {
  thin: 100,
  hairline: 100,
  'extra-light': 200,
  'ultra-light': 200,
  light: 300,
  normal: 400,
  regular: 400,
  book: 400,
  medium: 500,
  'semi-bold': 600,
  'demi-bold': 600,
  bold: 700,
  'extra-bold': 800,
  'ultra-bold': 800,
  black: 900,
  heavy: 900,
  'extra-black': 950,
  'ultra-black': 950,
};

/**
 * @typedef {{ file: string, path?: string, message: string }} TokenIssue
 * @typedef {'primitive' | 'brand' | 'brand-override' | 'semantic' | 'theme'} Layer
 * @typedef {{ colorSpace: string, components: (number | 'none')[], alpha?: number, hex?: string }} DtcgColor
 * @typedef {{ value: number, unit: string }} DtcgDimension
 * @typedef {{
 *   path: string,
 *   file: string,
 *   layer: Layer,
 *   type: string | undefined,
 *   value: unknown,
 *   description?: string,
 *   resolved?: unknown,
 * }} TokenRecord
 * @typedef {{ file: string, abs: string, layer: Layer, tree?: Record<string, unknown> }} SourceFile
 */

/** Formats one issue as `file: path: message` (or `file: message` for file-level problems). */
export function formatIssue(/** @type {TokenIssue} */ issue) {
  return issue.path ? `${issue.file}: ${issue.path}: ${issue.message}` : `${issue.file}: ${issue.message}`;
}

/** Thrown when token sources are invalid. `issues` holds every problem found, `message` lists them one per line. */
export class TokenError extends Error {
  /** @param {TokenIssue[]} issues */
  constructor(issues) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'TokenError';
    this.issues = issues;
  }
}

/** A short, safe, human-readable rendering of any JSON value (never `[object Object]`). */
export function describe(/** @type {unknown} */ value) {
  if (value === undefined) return 'nothing';
  let text;
  try {
    text = JSON.stringify(value);
  } catch {
    text = String(typeof value);
  }
  if (text === undefined) text = typeof value;
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

const ALIAS_RE = /^\{([^{}]+)\}$/;

/** @returns {string | undefined} the referenced token path if `value` is an alias like `{color.blue.600}` */
export function aliasTarget(/** @type {unknown} */ value) {
  if (typeof value !== 'string') return undefined;
  const match = ALIAS_RE.exec(value.trim());
  return match ? match[1] : undefined;
}

const isObject = (/** @type {unknown} */ v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Parses the text of one token file; malformed JSON becomes an issue naming line, column and enclosing path.
 * Needs no file system, so the Storybook brand playground uses it too.
 * @param {string} text
 * @param {string} file name used in messages
 * @param {TokenIssue[]} issues
 * @returns {Record<string, unknown> | undefined}
 */
export function parseTokenText(text, file, issues) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(msg);
    let where = '';
    if (pos) {
      const offset = Number(pos[1]);
      const before = text.slice(0, offset).split('\n');
      where = ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
    }
    const detail = msg.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
    const inside = pos ? jsonPathAt(text, Number(pos[1])) : '';
    /** @type {TokenIssue} */
    const issue = { file, message: `malformed JSON${where}: ${detail}` };
    if (inside) issue.path = inside;
    issues.push(issue);
    return undefined;
  }
  if (!isObject(data)) {
    issues.push({ file, message: `expected a JSON object of token groups, got ${describe(data)}` });
    return undefined;
  }
  return data;
}

/**
 * Best-effort: the dotted path of the JSON object that encloses `offset` (used to name where malformed JSON breaks).
 * @param {string} text @param {number} offset
 */
export function jsonPathAt(text, offset) {
  /** @type {(string | null)[]} */
  const stack = [];
  /** @type {string | null} */
  let lastString = null;
  /** @type {string | null} */
  let pendingKey = null;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      lastString = text.slice(i + 1, j);
      i = j;
    } else if (ch === ':') {
      pendingKey = lastString;
    } else if (ch === '{' || ch === '[') {
      stack.push(ch === '{' ? pendingKey : null);
      pendingKey = null;
    } else if (ch === '}' || ch === ']') {
      stack.pop();
    } else if (ch === ',') {
      pendingKey = null;
    }
  }
  return stack.filter((k) => k !== null && !k.startsWith('$')).join('.');
}

/**
 * Walks a DTCG tree and returns its tokens (with group `$type` inherited).
 * @param {Record<string, unknown>} tree
 * @param {string} file
 * @param {Layer} layer
 * @param {TokenIssue[]} issues
 * @returns {TokenRecord[]}
 */
export function flattenTree(tree, file, layer, issues) {
  /** @type {TokenRecord[]} */
  const out = [];
  /**
   * @param {Record<string, unknown>} group
   * @param {string[]} prefix
   * @param {string | undefined} inheritedType
   */
  const walk = (group, prefix, inheritedType) => {
    let groupType = inheritedType;
    if ('$type' in group) {
      const t = group.$type;
      if (typeof t !== 'string' || !TOKEN_TYPES.includes(/** @type {any} */ (t))) {
        issues.push({
          file,
          path: prefix.join('.') || '(root)',
          message: `unknown $type ${describe(t)} on group (expected one of: ${TOKEN_TYPES.join(', ')})`,
        });
      } else groupType = t;
    }
    for (const [key, child] of Object.entries(group)) {
      if (key.startsWith('$')) continue;
      const childPath = [...prefix, key];
      const p = childPath.join('.');
      if (/[{}.]/.test(key)) {
        issues.push({ file, path: p, message: `invalid name ${describe(key)}: names must not contain "{", "}" or "."` });
        continue;
      }
      if (!isObject(child)) {
        issues.push({ file, path: p, message: `expected a token (with $value) or a group object, got ${describe(child)}` });
        continue;
      }
      const node = /** @type {Record<string, unknown>} */ (child);
      if (!('$value' in node)) {
        walk(node, childPath, groupType);
        continue;
      }
      let type = groupType;
      if ('$type' in node) {
        if (typeof node.$type !== 'string' || !TOKEN_TYPES.includes(/** @type {any} */ (node.$type))) {
          issues.push({
            file,
            path: p,
            message: `unknown $type ${describe(node.$type)} (expected one of: ${TOKEN_TYPES.join(', ')})`,
          });
          continue;
        }
        type = node.$type;
      }
      if ('$description' in node && typeof node.$description !== 'string') {
        issues.push({ file, path: p, message: `$description must be a string, got ${describe(node.$description)}` });
      }
      const stray = Object.keys(node).filter((k) => !k.startsWith('$'));
      if (stray.length > 0) {
        issues.push({ file, path: p, message: `a token cannot contain child tokens or groups (${stray.join(', ')})` });
      }
      /** @type {TokenRecord} */
      const record = { path: p, file, layer, type, value: node.$value };
      if (typeof node.$description === 'string') record.description = node.$description;
      out.push(record);
    }
  };
  walk(tree, [], undefined);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Literal value checks (per $type). Each returns an error message, or undefined if the value is fine.

/** @param {unknown} v */
function checkColor(v) {
  if (!isObject(v)) {
    return `not a colour: expected a DTCG colour object {"colorSpace": "srgb", "components": [r, g, b]}, got ${describe(v)}`;
  }
  const c = /** @type {Record<string, unknown>} */ (v);
  if (!('colorSpace' in c) && !('components' in c)) {
    return `not a colour: expected a DTCG colour object {"colorSpace": "srgb", "components": [r, g, b]}, got ${describe(v)}`;
  }
  if (typeof c.colorSpace !== 'string' || !COLOR_SPACES.includes(c.colorSpace)) {
    return `not a colour: colorSpace must be one of ${COLOR_SPACES.map((s) => `"${s}"`).join(', ')}, got ${describe(c.colorSpace)}`;
  }
  const comps = c.components;
  if (
    !Array.isArray(comps) ||
    comps.length !== 3 ||
    !comps.every((x) => x === 'none' || (typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1))
  ) {
    return `not a colour: components must be three numbers between 0 and 1, got ${describe(comps)}`;
  }
  if ('alpha' in c && !(typeof c.alpha === 'number' && c.alpha >= 0 && c.alpha <= 1)) {
    return `not a colour: alpha must be a number between 0 and 1, got ${describe(c.alpha)}`;
  }
  if ('hex' in c) {
    if (typeof c.hex !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(c.hex)) {
      return `not a colour: hex must look like "#rrggbb", got ${describe(c.hex)}`;
    }
    const fromComponents = componentsToHex(/** @type {any} */ (comps));
    if (fromComponents.toLowerCase() !== c.hex.toLowerCase()) {
      return `colour hex ${c.hex} does not match its components (${fromComponents})`;
    }
  }
  return undefined;
}

/** @param {(number | 'none')[]} comps */
export function componentsToHex(comps) {
  return (
    '#' +
    comps
      .map((x) => Math.round((x === 'none' ? 0 : x) * 255).toString(16).padStart(2, '0'))
      .join('')
  );
}

/** @param {unknown} v @param {string[]} units @param {string} what */
function checkMeasure(v, units, what) {
  const allowed = units.map((u) => `"${u}"`).join(' | ');
  if (!isObject(v)) return `not a ${what}: expected {"value": number, "unit": ${allowed}}, got ${describe(v)}`;
  const d = /** @type {Record<string, unknown>} */ (v);
  if (typeof d.value !== 'number' || !Number.isFinite(d.value)) {
    return `not a ${what}: "value" must be a number, got ${describe(d.value)}`;
  }
  if (!('unit' in d)) return `${what} without a unit: expected {"value": ${d.value}, "unit": ${allowed}}`;
  if (typeof d.unit !== 'string' || !units.includes(d.unit)) {
    return `not a ${what}: unit must be ${allowed}, got ${describe(d.unit)}`;
  }
  return undefined;
}

/** @param {unknown} v */
function checkFontFamily(v) {
  if (typeof v === 'string' && v.trim()) return undefined;
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x.trim())) return undefined;
  return `not a font family: expected a string or a non-empty array of strings, got ${describe(v)}`;
}

/** @param {unknown} v */
function checkFontWeight(v) {
  if (typeof v === 'number' && v >= 1 && v <= 1000) return undefined;
  if (typeof v === 'string' && v in FONT_WEIGHT_KEYWORDS) return undefined;
  return `not a font weight: expected a number 1-1000 or a keyword such as "bold", got ${describe(v)}`;
}

/** @param {unknown} v */
function checkNumber(v) {
  return typeof v === 'number' && Number.isFinite(v) ? undefined : `not a number: got ${describe(v)}`;
}

/** @param {unknown} v */
function checkCubicBezier(v) {
  if (
    Array.isArray(v) &&
    v.length === 4 &&
    v.every((x) => typeof x === 'number' && Number.isFinite(x)) &&
    v[0] >= 0 &&
    v[0] <= 1 &&
    v[2] >= 0 &&
    v[2] <= 1
  ) {
    return undefined;
  }
  return `not a cubic Bézier: expected [x1, y1, x2, y2] with x1 and x2 between 0 and 1, got ${describe(v)}`;
}

/** @type {Record<string, (v: unknown) => string | undefined>} */
const LITERAL_CHECKS = {
  color: checkColor,
  dimension: (v) => checkMeasure(v, DIMENSION_UNITS, 'dimension'),
  duration: (v) => checkMeasure(v, DURATION_UNITS, 'duration'),
  fontFamily: checkFontFamily,
  fontWeight: checkFontWeight,
  number: checkNumber,
  cubicBezier: checkCubicBezier,
};

const SHADOW_FIELDS = /** @type {const} */ ({
  color: 'color',
  offsetX: 'dimension',
  offsetY: 'dimension',
  blur: 'dimension',
  spread: 'dimension',
});

/** `a.b.1, a.b.2, a.c` → `a.b.{1,2}, a.c` */
export function summarisePaths(/** @type {string[]} */ paths) {
  /** @type {Map<string, string[]>} */
  const groups = new Map();
  for (const p of paths) {
    const i = p.lastIndexOf('.');
    const parent = p.slice(0, i);
    groups.set(parent, [...(groups.get(parent) ?? []), p.slice(i + 1)]);
  }
  return [...groups].map(([parent, leaves]) => (leaves.length === 1 ? `${parent}.${leaves[0]}` : `${parent}.{${leaves.join(',')}}`)).join(', ');
}

// ---------------------------------------------------------------------------------------------------------------
// Merging layers and resolving aliases.

/**
 * Merges source files in order into one token map. Only `brand-override` files may redefine a token, and only one
 * that the base brand defines.
 * @param {SourceFile[]} sources
 * @param {TokenIssue[]} issues
 * @returns {Map<string, TokenRecord>}
 */
export function mergeSources(sources, issues) {
  /** @type {Map<string, TokenRecord>} */
  const tokens = new Map();
  /** @type {Set<string>} */
  const groupPaths = new Set();
  for (const source of sources) {
    if (!source.tree) continue;
    const records = flattenTree(source.tree, source.file, source.layer, issues);
    if (source.layer === 'brand-override') {
      const base = sources.find((s) => s.layer === 'brand');
      for (const rec of records) {
        const existing = tokens.get(rec.path);
        if (!existing || existing.layer !== 'brand') {
          const known = [...tokens.values()].filter((t) => t.layer === 'brand').map((t) => t.path);
          const hint = summarisePaths(known);
          issues.push({
            file: rec.file,
            path: rec.path,
            message: `unknown token path: a brand file may only override tokens the base brand (${base?.file ?? 'polku'}) defines${hint ? `: ${hint}` : ''}`,
          });
          continue;
        }
        if (rec.type === undefined) rec.type = existing.type;
        else if (existing.type !== undefined && rec.type !== existing.type) {
          issues.push({
            file: rec.file,
            path: rec.path,
            message: `$type ${rec.type} does not match the base brand's $type ${existing.type}`,
          });
          continue;
        }
        rec.layer = 'brand';
        tokens.set(rec.path, rec);
      }
      continue;
    }
    for (const rec of records) {
      const existing = tokens.get(rec.path);
      if (existing) {
        issues.push({ file: rec.file, path: rec.path, message: `token is already defined in ${existing.file}` });
        continue;
      }
      tokens.set(rec.path, rec);
      const parts = rec.path.split('.');
      for (let i = 1; i < parts.length; i++) groupPaths.add(parts.slice(0, i).join('.'));
    }
  }
  for (const p of groupPaths) {
    const t = tokens.get(p);
    if (t) issues.push({ file: t.file, path: p, message: 'a token and a group share this path' });
  }
  return tokens;
}

/**
 * Validates literal values and resolves every alias (`{a.b.c}`), detecting broken aliases, cycles and type
 * mismatches. On return each valid record has `type` and `resolved` set.
 * @param {Map<string, TokenRecord>} tokens
 * @param {TokenIssue[]} issues
 */
export function resolveTokens(tokens, issues) {
  /** @type {Set<string>} */
  const failed = new Set();
  /** @type {Set<string>} */
  const done = new Set();

  /**
   * @param {TokenRecord} rec
   * @param {string[]} stack
   * @returns {boolean} whether the token resolved
   */
  const resolve = (rec, stack) => {
    if (done.has(rec.path)) return true;
    if (failed.has(rec.path)) return false;
    const fail = (/** @type {string} */ message) => {
      issues.push({ file: rec.file, path: rec.path, message });
      failed.add(rec.path);
      return false;
    };

    /**
     * Resolves a (sub)value: either an alias or a literal of `expected` type.
     * @param {unknown} value
     * @param {string | undefined} expected
     * @param {string} where e.g. "" or " (shadow color)"
     * @returns {{ ok: true, type: string | undefined, value: unknown } | { ok: false }}
     */
    const resolveValue = (value, expected, where) => {
      const target = aliasTarget(value);
      if (target !== undefined) {
        const ref = tokens.get(target);
        if (!ref) {
          fail(`alias {${target}}${where} does not resolve (no token ${target})`);
          return { ok: false };
        }
        if (stack.includes(target)) {
          const cycle = [...stack.slice(stack.indexOf(target)), target].map((p) => `{${p}}`).join(' -> ');
          fail(`alias cycle: ${cycle}`);
          return { ok: false };
        }
        if (!resolve(ref, [...stack, target])) {
          // The root cause is reported on the invalid token itself; its dependants fail quietly.
          failed.add(rec.path);
          return { ok: false };
        }
        if (expected !== undefined && ref.type !== expected) {
          fail(`alias {${target}}${where} points to a ${ref.type} token, expected ${expected}`);
          return { ok: false };
        }
        return { ok: true, type: ref.type, value: ref.resolved };
      }
      if (expected === undefined) {
        fail(`$type is missing (set it on the token or a parent group, or use an alias)`);
        return { ok: false };
      }
      if (expected === 'shadow') {
        const layers = Array.isArray(value) ? value : [value];
        if (layers.length === 0 || !layers.every(isObject)) {
          fail(`not a shadow: expected {color, offsetX, offsetY, blur, spread} or an array of them, got ${describe(value)}`);
          return { ok: false };
        }
        const out = [];
        for (const [i, layer] of layers.entries()) {
          const l = /** @type {Record<string, unknown>} */ (layer);
          /** @type {Record<string, unknown>} */
          const resolvedLayer = {};
          for (const [field, fieldType] of Object.entries(SHADOW_FIELDS)) {
            const label = Array.isArray(value) ? ` (shadow[${i}].${field})` : ` (shadow ${field})`;
            if (!(field in l)) {
              fail(`not a shadow: missing "${field}"${label}`);
              return { ok: false };
            }
            const r = resolveValue(l[field], fieldType, label);
            if (!r.ok) return { ok: false };
            resolvedLayer[field] = r.value;
          }
          if ('inset' in l) {
            if (typeof l.inset !== 'boolean') {
              fail(`not a shadow: "inset" must be true or false, got ${describe(l.inset)}`);
              return { ok: false };
            }
            resolvedLayer.inset = l.inset;
          }
          out.push(resolvedLayer);
        }
        return { ok: true, type: 'shadow', value: Array.isArray(value) ? out : out[0] };
      }
      const check = LITERAL_CHECKS[expected];
      const problem = check ? check(value) : `unsupported $type ${expected}`;
      if (problem) {
        fail(`${problem}${where}`);
        return { ok: false };
      }
      return { ok: true, type: expected, value };
    };

    const r = resolveValue(rec.value, rec.type, '');
    if (!r.ok) {
      failed.add(rec.path);
      return false;
    }
    if (rec.type === undefined) rec.type = r.type;
    rec.resolved = r.value;
    done.add(rec.path);
    return true;
  };

  for (const rec of tokens.values()) resolve(rec, [rec.path]);
  return { failed };
}

/** The base brand every other brand overrides. */
export const BASE_BRAND = 'polku';

/** @param {TokenIssue[]} issues */
export function dedupeIssues(issues) {
  const seen = new Set();
  return issues.filter((i) => {
    const key = formatIssue(i);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Public tokens (semantic and theme layers) are the ones published as CSS variables, JS and JSON. */
export const isPublic = (/** @type {TokenRecord} */ t) => t.layer === 'semantic' || t.layer === 'theme';
