// Build and dev server of the SPA (web/), output in dist/ where the API serves it. Two pages: the
// portal (index.html) and the GraphQL explorer (explorer.html, served at GET /graphql). The explorer
// is a second, separate build: built together, the two shared a chunk that moved 170 kB of graphql-js
// into the portal's first page. The embeds' web component is a third (dist/embed/convergences.js, one
// unhashed script other sites load; its size budget fails the build). Every text file gets .br and
// .gz copies beside it.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import { embedSizeLimit } from './web/build/embed-size.js';
import { precompress } from './web/build/precompress.js';

// Absolute paths, so the build works whatever the caller's working directory (tests build it too).
const webRoot = fileURLToPath(new URL('./web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist', import.meta.url));
const explorerPage = fileURLToPath(new URL('./web/explorer.html', import.meta.url));
const embedEntry = fileURLToPath(new URL('./web/src/embed/convergences.ts', import.meta.url));
const embedOutDir = fileURLToPath(new URL('./dist/embed', import.meta.url));

/** After the portal's build, builds the explorer into the same dist/ with the same mode and defines. */
function explorerBuild(): Plugin {
  let parent: ResolvedConfig;
  return {
    name: 'convergences-explorer-build',
    apply: 'build',
    configResolved(config) {
      parent = config;
    },
    async closeBundle() {
      await build({
        configFile: false,
        root: webRoot,
        mode: parent.mode,
        define: parent.define,
        logLevel: parent.logLevel,
        plugins: [react(), precompress()],
        build: {
          outDir,
          emptyOutDir: false,
          // GraphiQL is big and only developers load it; its size is printed with the others.
          chunkSizeWarningLimit: 2000,
          rollupOptions: {
            input: { explorer: explorerPage },
            // GraphiQL's react-compiler-runtime starts with "use no memo", a directive bundling drops harmlessly.
            onwarn(warning, warn) {
              if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
            },
          },
        },
      });
    },
  };
}

/**
 * After the portal's build, builds the embed's web component: one IIFE script at a stable, unhashed
 * URL (pasted into other sites), no React, no chunks.
 */
function embedBuild(): Plugin {
  let parent: ResolvedConfig;
  return {
    name: 'convergences-embed-build',
    apply: 'build',
    configResolved(config) {
      parent = config;
    },
    async closeBundle() {
      await build({
        configFile: false,
        root: webRoot,
        mode: parent.mode,
        define: parent.define,
        logLevel: parent.logLevel,
        plugins: [precompress(() => {}), embedSizeLimit('convergences.js')],
        build: {
          outDir: embedOutDir,
          emptyOutDir: false,
          copyPublicDir: false,
          target: 'es2020',
          lib: { entry: embedEntry, formats: ['iife'], name: 'ConvergencesEmbed', fileName: () => 'convergences.js' },
        },
      });
    },
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [react(), precompress(), explorerBuild(), embedBuild()],
  build: {
    outDir,
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/graphql': 'http://127.0.0.1:4000',
      '/media': 'http://127.0.0.1:4000',
      '/readyz': 'http://127.0.0.1:4000',
      '/config.json': 'http://127.0.0.1:4000',
    },
  },
});
