import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', '.tmp/', 'migrations/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
  {
    // The domain core is pure: no I/O, nothing from the layers above it.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/platform/**', '**/features/**', 'fastify*', 'drizzle-orm*', 'pg', '@electric-sql/*'], message: 'The domain core does no I/O and imports nothing from the layers above it.' },
            { group: ['node:fs*', 'node:net', 'node:http*', 'node:child_process'], message: 'The domain core does no I/O.' },
          ],
        },
      ],
    },
  },
);
