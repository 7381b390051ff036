// `npm run analyze` writes custom-elements.json (package.json "customElements"),
// read by Storybook's autodocs and by editors.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts'],
  outdir: '.',
  litelement: true,
};
