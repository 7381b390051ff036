// Writes schema/catalog-v1.schema.json from the zod schema (src/catalog/json-schema.ts).
// esbuild bundles the TypeScript in memory, since Node 20 cannot run it directly.
import { mkdir, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const { outputFiles } = await build({
  entryPoints: ['src/catalog/json-schema.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
await mkdir('schema', { recursive: true });
await writeFile('schema/catalog-v1.schema.json', `${JSON.stringify(module.catalogJsonSchema(), null, 2)}\n`);
console.log('wrote schema/catalog-v1.schema.json');
