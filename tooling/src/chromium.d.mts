export function chromiumPath(): string | undefined;
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] };
