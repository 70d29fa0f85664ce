// @ts-check
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

const noRawHtml = [
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'Render data with Lit bindings: innerHTML bypasses escaping and Trusted Types.',
  },
  {
    selector: "AssignmentExpression[left.property.name='outerHTML']",
    message: 'Render data with Lit bindings: outerHTML bypasses escaping and Trusted Types.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Render data with Lit bindings: insertAdjacentHTML bypasses escaping.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name='write']",
    message: 'document.write is not allowed.',
  },
];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'packages/components/frameworks/**', 'examples/**', 'storybook-static/**', 'public/mockServiceWorker.js', 'bench/results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
      },
    },
    rules: {
      'no-restricted-syntax': ['error', ...noRawHtml],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'API data must render as text: no unsafeHTML.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'API data must render as text: no unsafeSVG.' },
            { name: 'lit/static-html.js', importNames: ['unsafeStatic'], message: 'No unsafeStatic.' },
          ],
          patterns: [{ group: ['**/unsafe-html*', '**/unsafe-svg*'], message: 'No unsafeHTML/unsafeSVG.' }],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-undef': 'off',
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
