export function workspaceAliases(root: string): { find: RegExp; replacement: string }[];
