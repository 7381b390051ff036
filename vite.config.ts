import { existsSync, readdirSync } from 'node:fs';
import { transform as transformCss } from 'lightningcss';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

/**
 * `vite` serves the demo page (index.html) on the sample catalog.
 *
 * `vite build` builds the ESM library into dist/, one file per module so that
 * bundlers of the host page can drop what is not used. lit and zod stay
 * external in the library: the page's bundler shares one copy.
 *
 * `vite build --mode cdn` builds the one-file bundle for a `<script
 * type="module">` tag into dist/cdn/offer-finder.js: the families' elements
 * registered, every dependency inside, minified, Lit's production build.
 * Beside it, dist/cdn/offer-coverage.js for planners: only the coverage
 * table, importing offer-finder.js for everything else (its entry module
 * imports src/define.ts, so every module both need lands in offer-finder.js,
 * which stays one self-contained file). `npm run build` runs both builds.
 */

/** One registration entry per element folder that has one (`offer-finder/define/<tag>`). */
const elementEntries = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`src/elements/${entry.name}/define.ts`))
  .map((entry) => `src/elements/${entry.name}/define.ts`);

/** Vite's default browser baseline (Chrome 111, Firefox 114, Safari 16.4): no CSS syntax newer than that. */
const cssTargets = { chrome: 111 << 16, firefox: 114 << 16, safari: (16 << 16) | (4 << 8) };

/**
 * Minifies the CSS inside Lit's css`…` literals (the JS minifier leaves
 * template text alone): about 2 kB less gzip in the CDN bundle. A literal with
 * `${…}` or a backslash is left as written, since its source text is not the
 * CSS the browser gets. Invalid CSS fails the build.
 */
function minifyCssLiterals(): Plugin {
  return {
    name: 'offer-finder:minify-css-literals',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id)) return null;
      const minified = code.replace(/\bcss`([^`]*)`/g, (literal, text: string) => {
        if (text.includes('${') || text.includes('\\')) return literal;
        const { code: css } = transformCss({
          filename: id,
          code: Buffer.from(text),
          minify: true,
          targets: cssTargets,
        });
        return `css\`${css.toString()}\``;
      });
      return { code: minified, map: null };
    },
  };
}

/**
 * Minifies the markup inside Lit's html`…` literals, which the JS minifier
 * leaves alone: the indentation of our templates, whitespace between block
 * elements, comments (minify-literals 1.x, the line that supports Node 20,
 * which keeps Lit's bindings intact).
 * Empty attributes stay (`<option value="">` means no value, not its text).
 */
function minifyHtmlLiterals(): Plugin {
  return {
    name: 'offer-finder:minify-html-literals',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
      const result = await minifyHTMLLiterals(code, {
        fileName: id,
        // css`…` literals are minified above, with the browser targets.
        shouldMinifyCSS: () => false,
        minifyOptions: { removeEmptyAttributes: false, conservativeCollapse: true },
      });
      return result && { code: result.code, map: result.map?.toString() };
    },
  };
}

/**
 * Vite wraps every dynamic `import()` in its preload helper, which preloads
 * a chunk's CSS and imports and tells failures to the page with a window
 * event; it does so even with `modulePreload: false`
 * (https://github.com/vitejs/vite/issues/18551). Our chunks have no CSS and
 * nothing to preload, so the helper only costs a family's phone 0.4 kB gzip
 * and puts an event on a stranger's page: it becomes the import itself.
 */
function noPreloadHelper(): Plugin {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'offer-finder:no-preload-helper',
    enforce: 'pre',
    resolveId: (id) => (id === helper || id === 'vite/preload-helper.js' ? helper : null),
    load: (id) => (id === helper ? 'export const __vitePreload = (load) => load();' : null),
  };
}

/**
 * The modules loaded on demand whose chunk must not import from the bundle,
 * with the small pure modules they share with it (and, in turn, theirs):
 * each chunk gets its own copy of those (a few hundred bytes) instead of
 * importing them from
 * `./offer-finder.js`. That import would load and run the whole bundle a
 * second time on a page that includes it under another URL, such as
 * `offer-finder.js?ver=1.2` (WordPress adds that to every script); under a
 * Trusted Types CSP the second copy cannot create Lit's policy again, so the
 * import failed. test/node/cdn-bundle.test.js checks every chunk.
 */
const selfContainedChunks: Record<string, string[]> = {
  // <contact-card>'s vCard writer: the link checks.
  '/src/elements/contact-card/vcard.ts': ['../shared/links.js'],
  // <offer-search>'s index: the browse order, which the bundle computes too (the same order: results index into
  // either), and the choice of a text's language.
  '/src/catalog/search.ts': ['./browse.js', './localize.js'],
  // The catalog's parser (loaded with the catalog, see load.ts): its errors (recognised by name, not class) and the id pattern.
  '/src/catalog/parse.ts': ['./errors.js'],
  '/src/catalog/schema.ts': ['./ids.js'],
  // "In meiner Nähe" (loaded on its first tap): a place's name in the page's language.
  '/src/catalog/places.ts': ['./localize.js'],
  // The index's build (with the search): the browse order and a text's language, as for search.ts.
  '/src/catalog/search-build.ts': ['./browse.js', './localize.js'],
  // The facet filters (requested beside the catalog): the filter state's helpers, opening days, an offer's commune.
  '/src/catalog/filter-offers.ts': ['./filter.js'],
  '/src/catalog/filter-columns.ts': ['./filter.js', './opening-hours.js', './sources.js'],
  // Several catalogs (loaded only for several): the errors, and an offer's commune. The loader itself is passed in
  // by catalogs.ts: its shared requests are state that a copy would not share.
  '/src/catalog/federation.ts': ['./errors.js'],
  '/src/catalog/merge.ts': ['./sources.js'],
};

function selfContainedLazyChunks(): Plugin {
  return {
    name: 'offer-finder:self-contained-lazy-chunks',
    // Before Vite's own resolver, which would give the one shared module.
    enforce: 'pre',
    async resolveId(source, importer, options) {
      // A copy's own imports are copied too, into the same chunk (they are small and pure as well).
      const [file, copyFor] = importer?.split('?lazy-chunk=') ?? [];
      if (file && copyFor && source.startsWith('.')) {
        const resolved = await this.resolve(source, file, { ...options, skipSelf: true });
        return resolved && { ...resolved, id: `${resolved.id}?lazy-chunk=${copyFor}` };
      }
      const owner = importer && Object.keys(selfContainedChunks).find((path) => importer.endsWith(path));
      if (!owner || !selfContainedChunks[owner]!.includes(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      // Another id for the same file, one per chunk: Rolldown bundles it a second time, into that lazy chunk
      // (one id for all would make a chunk of its own, one more request before the search can run).
      return resolved && { ...resolved, id: `${resolved.id}?lazy-chunk=${owner}` };
    },
  };
}

const library: UserConfig = {
  // The demo's static files: the sample catalog is served as /angebote.json.
  publicDir: 'demo/public',
  // Files the modules load (the workbench's import worker, a module worker) are found beside them, wherever the
  // package lives.
  base: './',
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  build: {
    target: 'es2022',
    outDir: 'dist',
    copyPublicDir: false,
    sourcemap: true,
    minify: false,
    lib: {
      entry: ['src/index.ts', 'src/define.ts', ...elementEntries],
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => /^(lit|lit-html|lit-element|@lit\/[^/]+|zod)($|\/)/.test(id),
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
};

const cdn: UserConfig = {
  // The workbench's import (catalog-workbench/import-worker.ts) is a module worker: one file with all it needs.
  worker: { format: 'es', rolldownOptions: { output: { entryFileNames: 'catalog-workbench-[name].js' } } },
  // Chunks (only if a module is ever imported dynamically, e.g. a language)
  // are loaded relative to the bundle's own URL, wherever it is hosted.
  base: './',
  publicDir: false,
  // Not library mode: that would leave `process.env.NODE_ENV` for the page's
  // bundler, and there is none on a page that only has a script tag.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  resolve: { conditions: ['module', 'browser', 'production'] },
  plugins: [minifyCssLiterals(), minifyHtmlLiterals(), selfContainedLazyChunks(), noPreloadHelper()],
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    copyPublicDir: false,
    sourcemap: true,
    minify: true,
    // No <link rel=modulepreload> polyfill or preload helper: nothing here is an HTML page.
    modulePreload: false,
    reportCompressedSize: true,
    rolldownOptions: {
      input: {
        'offer-finder': 'src/define.ts',
        'offer-coverage': 'src/cdn/offer-coverage.ts',
        'catalog-workbench': 'src/cdn/catalog-workbench.ts',
      },
      // The entries export nothing; they are loaded for their registrations.
      preserveEntrySignatures: false,
      output: {
        format: 'es',
        // Stable names, no hashes: a CDN URL carries the package version.
        entryFileNames: '[name].js',
        chunkFileNames: 'offer-finder-[name].js',
        assetFileNames: 'offer-finder-[name][extname]',
      },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'cdn' ? cdn : library));
