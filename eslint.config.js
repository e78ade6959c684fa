import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import storybook from 'eslint-plugin-storybook';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      'bench/results/**',
      '**/.out/**',
      '**/.work/**',
      'bench/node_modules/**',
      'tests/consumers/**/app*/**',
      'tests/consumers/.work/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'jsx-a11y': jsxA11y, 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // React Compiler rules of eslint-plugin-react-hooks 7 (rules-of-hooks, exhaustive-deps, refs, purity,
      // immutability, set-state-in-render/effect, static-components, ...): #17 item 6.
      ...reactHooks.configs.flat['recommended-latest'].rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // React Compiler findings in files other engineers are changing at the moment (#17): the rule stays on everywhere
  // else and for every other rule there; delete each entry when its file is fixed.
  {
    // `position` of the render loop is reassigned after the rows are used in JSX
    files: ['packages/react/src/Combobox/ComboboxPopup.tsx'],
    rules: { 'react-hooks/immutability': 'off' },
  },
  {
    // setOutbox(givenOutbox) directly in the effect body
    files: ['packages/cx/src/feedback/useFeedbackResponse.ts'],
    rules: { 'react-hooks/set-state-in-effect': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  ...storybook.configs['flat/recommended'],
);
