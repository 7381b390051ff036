import { defineConfig } from 'vite';

/**
 * `vite` serves the demo page (index.html) on the sample catalog;
 * `vite build` builds the ESM library into dist/, one file per module so that
 * bundlers of the host page can drop what is not used. lit and zod stay
 * external in the library: the page's bundler shares one copy.
 */
export default defineConfig({
  // The demo's static files: the sample catalog is served as /angebote.json.
  publicDir: 'demo/public',
  server: { port: 5173, strictPort: false },
  build: {
    target: 'es2022',
    outDir: 'dist',
    copyPublicDir: false,
    sourcemap: true,
    minify: false,
    lib: {
      entry: ['src/index.ts', 'src/define.ts', 'src/elements/offer-search/define.ts', 'src/elements/milestone-timeline/define.ts', 'src/elements/contact-card/define.ts'],
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => /^(lit|lit-html|lit-element|@lit\/[^/]+|zod)($|\/)/.test(id),
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
