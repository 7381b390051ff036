// `npm run analyze` writes custom-elements.json (package.json "customElements"),
// read by Storybook's autodocs and by editors. It reads each element's class,
// src/elements/<tag>/<tag>.ts, and their base class (shared/catalog-element.ts),
// whose attributes, properties and methods every element inherits; the
// helpers beside them are not part of the manifest.
import { readdirSync } from 'node:fs';

const tags = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);

export default {
  globs: [...tags.map((tag) => `src/elements/${tag}/${tag}.ts`), 'src/elements/shared/catalog-element.ts'],
  outdir: '.',
  litelement: true,
};
