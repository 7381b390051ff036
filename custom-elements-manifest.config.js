// `npm run analyze` writes custom-elements.json (package.json "customElements"),
// read by Storybook's autodocs and by editors. Each element's class lives in
// src/elements/<tag>/<tag>.ts; helpers beside it are not part of the manifest.
export default {
  globs: ['src/elements/*/*.ts'],
  exclude: [
    'src/elements/shared/**',
    'src/elements/**/*.styles.ts',
    'src/elements/**/define.ts',
    'src/elements/**/url-state.ts',
    'src/elements/**/vcard.ts',
  ],
  outdir: '.',
  litelement: true,
};
