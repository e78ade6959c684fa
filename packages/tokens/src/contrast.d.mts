// Type declarations for contrast.mjs (consumed by TypeScript code such as docs/tokens/tokenData.ts).
export type Rgba = { r: number; g: number; b: number; a: number };
export interface ContrastPair {
  foreground: string;
  background: string;
  min: number;
  kind: 'text' | 'large-text' | 'non-text';
  note?: string;
}
export interface ContrastResult extends ContrastPair {
  theme: string;
  brand: string;
  ratio: number;
  pass: boolean;
  foregroundValue: string;
  backgroundValue: string;
}
export type DtcgColorLike = { colorSpace: string; components: (number | 'none')[]; alpha?: number };
export function parseHex(hex: string): Rgba;
export function fromDtcg(color: { components: (number | 'none')[]; alpha?: number }): Rgba;
export function relativeLuminance(color: Rgba): number;
export function composite(fg: Rgba, bg: Rgba): Rgba;
export function contrastRatio(fg: Rgba | string, bg: Rgba | string, base?: Rgba | string): number;
export function formatRatio(ratio: number, min?: number): string;
export function checkPairs(
  pairs: ContrastPair[],
  getColor: (path: string) => DtcgColorLike | undefined,
  ctx: { theme: string; brand: string; cssValue: (path: string) => string },
): { results: ContrastResult[]; missing: string[] };
export function formatFailure(result: ContrastResult): string;
