// Lint rules, including the dependency direction of DESIGN.md:
// renderer → shared, electron/preload → shared, electron/main → electron/core → shared,
// electron/cli → electron/core. Nothing imports renderer; shared imports nothing of ours.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'events'];

/** Builds a no-restricted-imports rule from folder names that must not be imported. */
function forbid({ folders = [], packages = [], message }) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...folders.map((folder) => ({
            group: [`**/${folder}`, `**/${folder}/**`],
            message,
          })),
          ...(packages.length ? [{ group: packages, message }] : []),
        ],
      },
    ],
  };
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: forbid({
      folders: ['electron', 'renderer', 'test'],
      packages: ['electron', 'react', 'react-dom', ...nodeBuiltins],
      message: 'shared/ is pure TypeScript: no Node, no DOM, no Electron, nothing of ours outside shared/.',
    }),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.strict.rules,
      ...forbid({
        folders: ['electron'],
        packages: ['electron', ...nodeBuiltins],
        message: 'The renderer has no Node: it talks to the core only through window.assistant (shared/ipc).',
      }),
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: forbid({
      folders: ['renderer', 'core', 'main'],
      packages: nodeBuiltins,
      message: 'The preload is a sandboxed bridge: it may import only electron and shared/.',
    }),
  },
  {
    files: ['electron/core/**/*.ts', 'electron/cli.ts', 'electron/cli/**/*.ts'],
    rules: forbid({
      folders: ['renderer', 'main', 'preload'],
      packages: ['electron', 'electron/*'],
      message: 'electron/core runs in plain Node: it never imports electron, main, preload or the renderer.',
    }),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: forbid({
      folders: ['renderer', 'preload'],
      message: 'electron/main talks to the renderer only through IPC; it imports core and shared.',
    }),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/core/**/*.ts', 'electron/cli.ts'],
    ignores: ['electron/main/ipc.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='ipcMain']",
          message: 'Bind IPC only in electron/main/ipc.ts, where the sender is checked first.',
        },
      ],
    },
  },
  {
    // Tests, configs and build scripts are command-line tools: printing is their job.
    files: ['test/**/*.{ts,tsx,mjs}', '*.config.{ts,js}', 'build/scripts/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
);
