import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

/**
 * The command line for maintainers (`npx offer-finder …`): src/cli/main.ts
 * built for Node 20 into dist/cli/main.js, one file with zod inside, so that
 * it runs wherever the package is installed. No browser code: the CLI uses
 * the catalog modules (src/catalog/), never an element or Lit.
 * `npm run build` runs it after the library build (which empties dist/).
 */
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  publicDir: false,
  define: { __OFFER_FINDER_VERSION__: JSON.stringify(version) },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/main.ts',
    target: 'node20',
    outDir: 'dist/cli',
    emptyOutDir: true,
    sourcemap: false,
    minify: false,
    copyPublicDir: false,
    rolldownOptions: {
      output: { format: 'es', entryFileNames: 'main.js' },
    },
  },
});
