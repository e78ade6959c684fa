export function dropEmptySourcemaps(dir: string, options?: { skip?: RegExp }): string[];
