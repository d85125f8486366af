import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = resolve(__dirname, '..');
/** Where builds go; a separate folder lets parallel checkouts of work build and test side by side. */
const out = resolve(root, process.env.PROTOCOL_DESK_OUT ?? 'out');

/** db/migrations.ts reads its .sql files from beside the running bundle; put them there. */
function copyMigrations(): Plugin {
  const dir = resolve(root, 'db/migrations');
  return {
    name: 'protocol-desk:copy-migrations',
    generateBundle() {
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.sql'))) {
        this.emitFile({ type: 'asset', fileName: `migrations/${file}`, source: readFileSync(resolve(dir, file), 'utf8') });
      }
    },
  };
}

export default defineConfig({
  main: {
    plugins: [copyMigrations()],
    build: {
      outDir: resolve(out, 'main'),
      // The transfer worker runs in its own thread (electron/api/transfer-jobs.ts), from its own file beside main.js.
      lib: {
        entry: { main: resolve(root, 'electron/shell/main.ts'), 'transfer-worker': resolve(root, 'electron/api/transfer-worker.ts') },
        formats: ['cjs'],
        fileName: (_format, name) => `${name}.js`,
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(out, 'preload'),
      // A sandboxed preload may only require('electron'); bundle everything else into it.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/preload.ts'), formats: ['cjs'], fileName: () => 'preload.js' },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(out, 'renderer'),
      // print.html renders only print routes (the briefing pack, working lists): a small bundle
      // that a hidden window or headless Chromium loads quickly for each PDF.
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html'), print: resolve(root, 'renderer/print.html') } },
    },
  },
});
