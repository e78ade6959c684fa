export type Rgba = { r: number; g: number; b: number; a: number };
export function parseHex(hex: string): Rgba;
export function relativeLuminance(color: Rgba): number;
export function composite(fg: Rgba, bg: Rgba): Rgba;
export function contrastRatio(fg: Rgba | string, bg: Rgba | string, base?: Rgba | string): number;
export function formatRatio(ratio: number, min?: number): string;
