// Writes the committed JSON Schemas from their zod schemas: the catalog's
// (src/catalog/json-schema.ts) and the import mapping's
// (src/import/mapping-schema.ts). esbuild bundles the TypeScript in memory,
// since Node 20 cannot run it directly.
import { mkdir, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

async function load(entry) {
  const { outputFiles } = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

await mkdir('schema', { recursive: true });
const { catalogJsonSchema } = await load('src/catalog/json-schema.ts');
await writeFile('schema/catalog-v1.schema.json', `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`);
const { mappingJsonSchema } = await load('src/import/mapping-schema.ts');
await writeFile('schema/import-mapping.schema.json', `${JSON.stringify(mappingJsonSchema(), null, 2)}\n`);
console.log('wrote schema/catalog-v1.schema.json and schema/import-mapping.schema.json');
