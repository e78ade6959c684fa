/** Serves `root` on 127.0.0.1 at a free port until `close()` is called; 403 outside `root`, 404 for a missing file. */
export function serveStatic(root: string): Promise<{ origin: string; close: () => Promise<void> }>;
