type Flat = Record<string, Record<string, string>>;

const snapshots = import.meta.glob<{ version: string; values: Flat }>('../../packages/tokens/releases/*.json', { eager: true, import: 'default' });
const current = import.meta.glob<Flat>('../../packages/tokens/dist/json/tokens.flat.json', { eager: true, import: 'default' });

const byVersion = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/** Every recorded release, oldest first. */
export const releases = Object.values(snapshots).sort((a, b) => byVersion(a.version, b.version));
/** The latest recorded release: the baseline for "What changed". */
export const previousRelease = releases.at(-1);
/** The tokens of this build. */
export const currentTokens: Flat = Object.values(current)[0] ?? {};
