// Loads src/catalog/*.ts for the benchmark. Node 20 cannot run TypeScript,
// so esbuild bundles it in memory (as scripts/write-json-schema.js does).
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function loadCatalogModules() {
  const { outputFiles } = await build({
    stdin: {
      contents: [
        "export { SearchIndex } from './src/catalog/search.ts';",
        "export { parseCatalog } from './src/catalog/parse.ts';",
        "export { fold, stopwords } from './src/catalog/text.ts';",
        "export { localize } from './src/catalog/localize.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
