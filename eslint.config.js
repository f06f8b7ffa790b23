import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '**/*.generated.ts', 'test/fixtures/**/*.html'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page content must never become markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page content is untrusted: build nodes or use textContent.' },
        { property: 'outerHTML', message: 'Page content is untrusted: build nodes or use textContent.' },
        { property: 'insertAdjacentHTML', message: 'Page content is untrusted: build nodes or use textContent.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'browser', 'chrome', 'fetch', 'indexedDB'],
    },
  },
);
