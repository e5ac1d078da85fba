// Lint rules of the house: JavaScript's and TypeScript's recommended sets, Astro's for .astro files.
// Formatting is Prettier's job (.prettierrc.json); the layer rules are tests (tests/security/source-rules.test.ts).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'public/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `typeof import('…')` types a module loaded on demand without importing it statically.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports', disallowTypeAnnotations: false }],
    },
  },
  // Build scripts, benchmarks and the test runners run under Node.
  { files: ['*.{js,mjs,ts}', 'scripts/**', 'bench/**', 'e2e/**', 'tests/**'], languageOptions: { globals: { ...globals.node } } },
);
