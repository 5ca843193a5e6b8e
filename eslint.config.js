// @ts-check
/** The lint rules of every workspace: each runs `eslint .` as its `lint` task (turbo), and this
 * file, found by looking upwards, applies. ESLint's and typescript-eslint's recommended sets,
 * plus a few type-aware rules that catch real bugs cheaply (a promise nobody awaits, an await on
 * something that is not one) and `import type` for type-only imports. Nothing about layout or
 * formatting: the code's style is kept by review, not by a formatter fighting it. */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['**/dist/', '**/node_modules/', '**/.turbo/', '**/coverage/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'jobtracker/all',
    rules: {
      // File names, headers and e-mail addresses are checked for control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    name: 'jobtracker/node-scripts',
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'jobtracker/commonjs',
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    name: 'jobtracker/typescript',
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: {
      // Each file is type-checked with the nearest tsconfig.json, as `tsc` sees it.
      parserOptions: {
        // Tool configs (vitest.config.ts) sit outside every tsconfig's `include`.
        projectService: { allowDefaultProject: ['apps/api/*.config.ts', 'packages/*/*.config.ts', 'tooling/*/*.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // A promise where a void callback is expected is fine for event handlers that catch their
      // own errors; what is caught is a promise used as a condition or spread.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    name: 'jobtracker/tests',
    files: ['**/*.test.ts', '**/test-support/**', '**/e2e/**'],
    rules: {
      // Tests read JSON answers whose shape is what they assert.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
