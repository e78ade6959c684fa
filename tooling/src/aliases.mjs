import path from 'node:path';

/**
 * Inside the workspace, tests and Storybook use package sources directly, so no package build is needed to test.
 * Order matters: the more specific subpath comes first.
 */
export function workspaceAliases(root) {
  return [
    { find: /^@polku\/cx\/metrics$/, replacement: path.join(root, 'packages/cx/src/metrics/index.ts') },
    { find: /^@polku\/cx-server$/, replacement: path.join(root, 'packages/cx-server/src/index.ts') },
    { find: /^@polku\/cx$/, replacement: path.join(root, 'packages/cx/src/index.ts') },
    { find: /^@polku\/test-utils$/, replacement: path.join(root, 'tests/utils/index.ts') },
    { find: /^@polku\/react\/internal$/, replacement: path.join(root, 'packages/react/src/polku-internal.ts') },
    { find: /^@polku\/react$/, replacement: path.join(root, 'packages/react/src/index.ts') },
  ];
}
