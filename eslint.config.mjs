// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Matched as whole module names: a bare 'electron' pattern would also refuse a relative path
// through a folder named electron.
const nodeOnly = '^(electron|better-sqlite3|node:.*|fs|path|child_process|os|crypto|worker_threads)(/.*)?$';
const electronMessage = 'Import electron only in electron/shell/ and electron/preload.ts.';

export default tseslint.config(
  // out-*/: builds of parallel checkouts of work (PROTOCOL_DESK_OUT).
  { ignores: ['out/', 'out-*/', 'dist/', 'node_modules/', 'tests/artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Only the thin shell and the preload may touch Electron (see README, Layout).
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: electronMessage }] }],
    },
  },
  {
    // The domain's home: the contract's schemas and the pure rules every layer shares. Like VS Code's
    // common/ folders it runs anywhere, so it reaches for no system, no database and no layer above.
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: nodeOnly, message: 'domain/ is pure: no Node, no Electron, no SQLite.' },
            { group: ['**/db', '**/db/**', '**/electron', '**/electron/**', '**/renderer/**', '**/tests/**'], message: 'domain/ depends on nothing of the app; the layers depend on it.' },
          ],
        },
      ],
    },
  },
  {
    // The database layer sits under the handlers and the shell: it reads the domain, never upwards.
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: electronMessage }],
          patterns: [{ group: ['**/electron', '**/electron/**', '**/renderer/**'], message: 'db/ depends only on domain/ and its own modules.' }],
        },
      ],
    },
  },
  {
    files: ['electron/shell/**', 'electron/preload.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer is sandboxed Chromium: everything it needs comes through window.api.
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: nodeOnly, message: 'The renderer reaches the system only through window.api.' }, { group: ['**/db/*', '**/electron/api/*', '**/electron/shell/*'], message: 'The renderer reaches the database only through window.api.' }] },
      ],
    },
  },
);
