// One lint configuration for every package; each package runs `eslint .` from its own folder.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/dist-ssr/**', '**/node_modules/**', '**/coverage/**', 'db/migrations/**', 'tests/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['web/**/*.{ts,tsx}', '**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Import direction (DESIGN.md): shared <- db <- server; shared <- web.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@kpi/db', '@kpi/server', '@kpi/web', 'node:*', 'react'] }],
    },
  },
  {
    // What runs in browsers, meeting-room TVs included (Chromium 90+, not polyfilled): no `Array#at` (92).
    files: ['shared/src/**/*.ts', 'web/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='at']", message: 'Array#at needs Chromium 92; TVs run 90+: use lastOf() from @kpi/shared.' },
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@kpi/server', '@kpi/web'] }] },
  },
  {
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@kpi/web'] }] },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['@kpi/db', '@kpi/server', 'node:*'],
          // wouter's own links and hooks render a change of page at once, showing the loading state.
          paths: [{ name: 'wouter', message: 'Import routing from web/src/app/routing.tsx: there a change of page is a transition.' }],
        },
      ],
    },
  },
  {
    files: ['web/src/app/routing.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@kpi/db', '@kpi/server', 'node:*'] }] },
  },
);
