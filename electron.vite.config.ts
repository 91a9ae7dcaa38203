import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// main: ESM for Node; preload: one CommonJS file, because a sandboxed preload cannot load ESM
// or other modules; renderer: the React app served from the file system.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // zod is bundled rather than loaded from node_modules: its many small files would cost
      // the CLI (out/main/cli.js) tens of milliseconds at every start.
      externalizeDeps: { exclude: ['zod'] },
      rollupOptions: {
        // cli: the headless CLI (electron/cli.ts) lands at out/main/cli.js, the `token-assistant` bin.
        input: { index: resolve('electron/main/index.ts'), cli: resolve('electron/cli.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      // Minified, and split: index.html loads the dashboard's code only; the other screens are
      // chunks App.tsx imports on demand (React.lazy).
      minify: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
