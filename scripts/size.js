// npm run size: what a page downloads, min+gzip, for each entry point and for
// peers measured in the same run, with the limits beside. Every entry is
// bundled the way dist/cdn/offer-finder.js is (vite.config.ts, mode "cdn":
// minified, all dependencies inside, Lit's production build), then gzipped at
// level 9. The peers are built from the dev dependencies with the same
// settings. Prints Markdown; then what makes the complete bundle large.
//
// The size ratchet (issue 17, scripts/size-ratchet.json, rules in
// scripts/size-ratchet.js): the CDN bundle and `<offer-finder>` complete may
// not grow above their ratchet, up front and for the first offers. The
// ratchet is the lower of the decision's ceiling (44.5 kB up front, 54 kB
// first offers) and the figure of the day rounded up to the next 0.1 kB plus
// 0.1 kB of allowance. Above it, the script exits with code 1 (CI runs it).
//   --check  skips the peers and the breakdowns (what CI runs, .ci/run)
//   --lower  writes the figures of the day into the ratchet where that lowers
//            it (never raises it, never above the ceiling): every byte saved
//            lowers the ratchet. The script says when it can.
// `<contact-card>`'s 12 kB is a target and never fails.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { build } from 'vite';
import { holdRatchet, kB, readRatchet, verdict as ratchetVerdict } from './size-ratchet.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const gzip = (buffer) => gzipSync(buffer, { level: constants.Z_BEST_COMPRESSION }).length;
const check = process.argv.includes('--check');
const sizeRatchet = readRatchet();
/** The ratchet's key of an entry point ("cdn", "offer-finder"), by its source file. */
const ratchetKeyOf = (input) =>
  Object.keys(sizeRatchet.entries).find((key) => sizeRatchet.entries[key].entry === input);

/** A module given as source text, so an entry needs no file of its own. */
function virtualEntry(code) {
  return {
    name: 'size-entry',
    resolveId: (id) => (id === 'size:entry' ? '\0size:entry' : null),
    load: (id) => (id === '\0size:entry' ? code : null),
  };
}

/**
 * Rolldown's input, replaced rather than merged into the config's (the CDN
 * build's config has a second entry, dist/cdn/offer-coverage.js).
 */
function onlyInput(input) {
  return { name: 'size-input', options: (options) => ({ ...options, input }) };
}

/**
 * Bundles one entry (or, with `inputs`, several); returns the output files.
 * `ours` uses vite.config.ts's CDN build, a peer the same settings without it.
 */
async function bundle({ input, inputs, code, ours }) {
  const common = {
    root,
    logLevel: 'silent',
    plugins: [
      onlyInput(inputs ?? { 'offer-finder': code ? 'size:entry' : input }),
      ...(code ? [virtualEntry(code)] : []),
    ],
    build: { write: false, sourcemap: true },
  };
  const config = ours
    ? { ...common, configFile: join(root, 'vite.config.ts'), mode: 'cdn' }
    : {
        ...common,
        configFile: false,
        publicDir: false,
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        resolve: { conditions: ['module', 'browser', 'production'] },
        build: {
          ...common.build,
          target: 'es2022',
          minify: true,
          modulePreload: false,
          rolldownOptions: { preserveEntrySignatures: false },
        },
      };
  const result = await build(config);
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return outputs.filter((file) => !file.fileName.endsWith('.map'));
}

/**
 * min and min+gzip of what a page loads up front for the entry `entry`: its
 * chunk, the chunks it imports statically, and CSS; less the chunks of
 * `without` (what a page has loaded already). Chunks imported dynamically (a
 * language's strings) are counted apart: a page loads one of them, or none.
 */
function measure(files, { entry = 'offer-finder', without } = {}) {
  const chunks = new Map(files.filter((f) => f.type === 'chunk').map((f) => [f.fileName, f]));
  const initial = new Set();
  const visit = (name) => {
    if (initial.has(name) || !chunks.has(name)) return;
    initial.add(name);
    for (const imported of chunks.get(name).imports) visit(imported);
  };
  const loaded = new Set();
  if (without) {
    for (const chunk of chunks.values()) if (chunk.isEntry && chunk.name === without) visit(chunk.fileName);
    for (const name of initial) loaded.add(name);
    initial.clear();
    // What that page loads later is that page's too.
    for (const name of [...loaded]) for (const later of chunks.get(name).dynamicImports) loaded.add(later);
  }
  for (const chunk of chunks.values()) if (chunk.isEntry && chunk.name === entry) visit(chunk.fileName);
  for (const name of loaded) initial.delete(name);
  const js = [...initial].map((name) => Buffer.from(chunks.get(name).code));
  const css = files.filter((f) => f.type === 'asset' && f.fileName.endsWith('.css')).map((f) => Buffer.from(f.source));
  const lazy = [...chunks.values()]
    .filter((chunk) => !chunk.isEntry && !initial.has(chunk.fileName) && !loaded.has(chunk.fileName))
    .map((chunk) => ({ name: chunk.fileName, gzip: gzip(Buffer.from(chunk.code)), stage: stageOf(chunk) }));
  const sum = (list, fn) => list.reduce((total, b) => total + fn(b), 0);
  const upFront = sum([...js, ...css], gzip);
  const firstOffers =
    upFront +
    sum(
      lazy.filter((chunk) => chunk.stage === 'catalog'),
      (chunk) => chunk.gzip,
    );
  return {
    min: sum([...js, ...css], (b) => b.length),
    gzip: upFront,
    firstOffers,
    // Everything a German page can load: also what loads after the first offers or on a click; not the other languages.
    complete:
      firstOffers +
      sum(
        lazy.filter((chunk) => chunk.stage === 'later'),
        (chunk) => chunk.gzip,
      ),
    jsGzip: sum(js, gzip),
    cssGzip: sum(css, gzip),
    files: js.length + css.length,
    lazy,
    initial,
  };
}

/**
 * When a page loads a chunk that the script imports dynamically: with the
 * catalog (the parser, requested beside it), one language's strings if the
 * page asks for one, or later (after the first offers, or on a click).
 */
function stageOf(chunk) {
  // Requested beside the catalog and needed for its first offers: the parser. (The facet filters are requested
  // at once too, but the first offers wait for them only when a link sets filters: counted as later.)
  if (chunk.moduleIds.some((id) => id.endsWith('/src/catalog/parse.ts'))) return 'catalog';
  if (chunk.moduleIds.every((id) => /\/src\/i18n\//.test(id))) return 'language';
  return 'later';
}

/** "with the catalog: parse 9.7 kB; later: search 3.4 kB, print 1.3 kB; one language of 5 if the page asks: 3.4–4.7 kB" */
function lazyNote(size) {
  const name = (chunk) => chunk.name.replace(/^offer-finder-|\.js$/g, '');
  const list = (stage) =>
    size.lazy
      .filter((chunk) => chunk.stage === stage)
      .map((chunk) => `${name(chunk)} ${kB(chunk.gzip)}`)
      .join(', ');
  const languages = size.lazy.filter((chunk) => chunk.stage === 'language');
  const notes = [];
  if (list('catalog')) notes.push(`with the catalog: ${list('catalog')}`);
  if (list('later')) notes.push(`later: ${list('later')}`);
  if (languages.length) {
    const sizes = languages.map((chunk) => chunk.gzip);
    notes.push(
      `one language of ${languages.length} (${languages.map(name).join(', ')}) if the page asks: ${kB(Math.min(...sizes)).replace(' kB', '')}–${kB(Math.max(...sizes))}`,
    );
  }
  return notes.join('; ');
}

// ── Ours ────────────────────────────────────────────────────────────────────
const elements = ['offer-search', 'milestone-timeline', 'contact-card'];
const ours = [
  ...elements.map((tag) => ({
    label: `\`<${tag}>\` alone (\`offer-finder/define/${tag}\`)`,
    input: `src/elements/${tag}/define.ts`,
    tag,
  })),
  {
    label: '`<offer-finder>` complete (`offer-finder/define/offer-finder`)',
    input: 'src/elements/offer-finder/define.ts',
    tag: 'offer-finder',
  },
  { label: 'CDN bundle `dist/cdn/offer-finder.js` (`offer-finder/define`)', input: 'src/define.ts', cdn: true },
  {
    label: '`<offer-coverage>` for planners: `dist/cdn/offer-coverage.js` on top of the CDN bundle',
    inputs: { 'offer-finder': 'src/define.ts', 'offer-coverage': 'src/cdn/offer-coverage.ts' },
    measure: { entry: 'offer-coverage', without: 'offer-finder' },
  },
  {
    label:
      "`<catalog-workbench>` for clerks: `dist/cdn/catalog-workbench.js` on top of the planners' table and the CDN bundle",
    inputs: {
      'offer-finder': 'src/define.ts',
      'offer-coverage': 'src/cdn/offer-coverage.ts',
      'catalog-workbench': 'src/cdn/catalog-workbench.ts',
    },
    measure: { entry: 'catalog-workbench', without: 'offer-coverage' },
    worker: true,
  },
];
/** Soft targets, which never fail; the CDN bundle and `<offer-finder>` have the ratchet instead. */
const targets = { 'contact-card': 12_000 };

const rows = [];
/** The ratcheted figures of this run: `{ cdn: { upFront, firstOffers }, … }`. */
const measured = {};
/** Bundles to take apart after the table: the CDN bundle and `<contact-card>`, which have limits. */
const breakdowns = [];
for (const entry of ours) {
  let files;
  try {
    files = await bundle({ input: entry.input, inputs: entry.inputs, ours: true });
  } catch (error) {
    rows.push({ label: entry.label, note: `not built: ${error.message.split('\n')[0]}` });
    continue;
  }
  if (entry.cdn) breakdowns.unshift(['the CDN bundle', files]);
  if (entry.tag === 'contact-card') breakdowns.push(['`<contact-card>` alone', files]);
  const size = measure(files, entry.measure);
  const key = entry.input && ratchetKeyOf(entry.input);
  const target = targets[entry.tag];
  let verdict = '';
  if (key) {
    measured[key] = { upFront: size.gzip, firstOffers: size.firstOffers };
    verdict = ratchetVerdict(measured[key], key, sizeRatchet.ratchet, sizeRatchet.ceiling);
  } else if (target) {
    const mark = (bytes) => (bytes <= target ? '✓' : '✗');
    verdict = `target ≤ ${kB(target)}: up front ${mark(size.gzip)}, first offers ${mark(size.firstOffers)}, everything ${mark(size.complete)}`;
  }
  // The workbench's import runs in a worker file of its own (with the spreadsheet library), loaded on the first file.
  const worker = entry.worker && files.find((f) => f.type === 'asset' && /import-worker\.js$/.test(f.fileName));
  rows.push({
    label: entry.label,
    size,
    verdict,
    note: [
      size.files > 1 ? `${size.files} files up front` : '',
      lazyNote(size),
      worker ? `the import's worker, loaded with the first file: ${kB(gzip(Buffer.from(worker.source)))}` : '',
    ]
      .filter(Boolean)
      .join('; '),
  });
}

// ── Peers, from the dev dependencies ────────────────────────────────────────
const version = (name) => packageJson.devDependencies[name] ?? packageJson.dependencies[name];
const peers = [
  {
    label: `Lit ${version('lit')} alone (one trivial element)`,
    packages: ['lit'],
    code: `import { LitElement, html, css } from 'lit';
      class HelloLit extends LitElement {
        static properties = { name: {} };
        static styles = css\`:host { display: block }\`;
        render() { return html\`<p>Hello \${this.name}</p>\`; }
      }
      customElements.define('hello-lit', HelloLit);`,
  },
  {
    label: `Pagefind default UI ${version('@pagefind/default-ui')} (JS + CSS; its index and WebAssembly load later)`,
    packages: ['@pagefind/default-ui'],
    code: `import { PagefindUI } from '@pagefind/default-ui';
      import '@pagefind/default-ui/css/ui.css';
      new PagefindUI({ element: '#search' });`,
  },
  {
    label: `InstantSearch.js ${version('instantsearch.js')} + algoliasearch/lite ${version('algoliasearch')}: searchBox + hits (no theme CSS)`,
    packages: ['instantsearch.js', 'algoliasearch'],
    code: `import instantsearch from 'instantsearch.js';
      import { searchBox, hits } from 'instantsearch.js/es/widgets';
      import { liteClient } from 'algoliasearch/lite';
      instantsearch({ indexName: 'offers', searchClient: liteClient('APPID', 'search-key') })
        .addWidgets([searchBox({ container: '#searchbox' }), hits({ container: '#hits' })])
        .start();`,
  },
  {
    label: `Shoelace ${version('@shoelace-style/shoelace')}: button, input, checkbox, select, details, card (+ light theme CSS)`,
    packages: ['@shoelace-style/shoelace'],
    code: ['button', 'input', 'checkbox', 'select', 'details', 'card']
      .map((name) => `import '@shoelace-style/shoelace/dist/components/${name}/${name}.js';`)
      .concat(`import '@shoelace-style/shoelace/dist/themes/light.css';`)
      .join('\n'),
  },
];

const peerRows = [];
for (const peer of check ? [] : peers) {
  const missing = peer.packages.filter((name) => {
    try {
      readFileSync(join(root, 'node_modules', name, 'package.json'));
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length) {
    peerRows.push({
      label: peer.label,
      note: `not measured: ${missing.join(', ')} not installed (npm ci installs the dev dependencies)`,
    });
    continue;
  }
  try {
    const size = measure(await bundle({ code: peer.code, ours: false }));
    const split = size.cssGzip ? `JS ${kB(size.jsGzip)} + CSS ${kB(size.cssGzip)}` : '';
    peerRows.push({ label: peer.label, size, note: [split, lazyNote(size)].filter(Boolean).join('; ') });
  } catch (error) {
    peerRows.push({ label: peer.label, note: `not measured: ${error.message.split('\n')[0]}` });
  }
}

console.log('\n## Size: what a page downloads (minified, then gzip -9; 1 kB = 1,000 bytes)\n');
console.log(
  'Up front: the script and what it imports, before the elements show and request the catalog. First offers: also the parser, requested beside the catalog. Everything: also what a German page loads later (the search index once the offers show, print or the vCard on a click); other languages (one file each, only if the page asks) are not counted.\n',
);
console.log(
  '| entry | up front, min | up front, min+gzip | first offers, min+gzip | everything, min+gzip | limit (gzip) | note |',
);
console.log('| --- | ---: | ---: | ---: | ---: | --- | --- |');
for (const row of rows) {
  const size = row.size;
  const cell = (bytes) => (size ? kB(bytes) : '–');
  console.log(
    `| ${row.label} | ${cell(size?.min)} | ${size ? `**${kB(size.gzip)}**` : '–'} | ${cell(size?.firstOffers)} | ${cell(size?.complete)} | ${row.verdict ?? ''} | ${row.note ?? ''} |`,
  );
}
console.log(`| *peers, measured in this run*${check ? ' (not with --check)' : ''} | | | | | | |`);
for (const row of peerRows) {
  const size = row.size;
  const cell = (bytes) => (size ? kB(bytes) : '–');
  console.log(
    `| ${row.label} | ${cell(size?.min)} | ${cell(size?.gzip)} | ${cell(size?.firstOffers)} | ${cell(size?.complete)} | | ${row.note ?? ''} |`,
  );
}

// ── What makes the bundles large ────────────────────────────────────────────
if (!check) for (const [title, files] of breakdowns) breakdown(title, files);

// ── The ratchet ─────────────────────────────────────────────────────────────
if (!holdRatchet(measured, sizeRatchet, { lower: process.argv.includes('--lower') })) process.exitCode = 1;

/**
 * Prints where a bundle's bytes come from: each part's minified bytes (traced
 * through the source map) and what gzip would save without it (the bundle
 * gzipped with and without that part's bytes), which is what leaving a part
 * out, or loading it later, would gain.
 */
function breakdown(title, files) {
  const size = measure(files);
  const chunks = files.filter((file) => size.initial.has(file.fileName));
  const segments = attribute(chunks);
  const whole = gzip(Buffer.from(chunks.map((chunk) => chunk.code).join('\n')));
  const without = (keep) =>
    gzip(
      Buffer.from(
        segments
          .filter((segment) => keep(segment))
          .map((segment) => segment.text)
          .join(''),
      ),
    );
  const summarise = (keyOf) => {
    const parts = new Map();
    for (const segment of segments) {
      const key = keyOf(segment);
      const part = parts.get(key) ?? { bytes: 0, modules: new Set() };
      part.bytes += Buffer.byteLength(segment.text);
      if (segment.source) part.modules.add(segment.source);
      parts.set(key, part);
    }
    return [...parts]
      .map(([key, part]) => ({ key, ...part, saved: whole - without((segment) => keyOf(segment) !== key) }))
      .sort((a, b) => b.saved - a.saved);
  };
  console.log(`\n### What is in ${title} (${kB(size.min)} min, ${kB(size.gzip)} min+gzip, up front)\n`);
  console.log(
    'Minified bytes traced to their sources through the source map; "gzip without it" is how much smaller the gzipped bundle gets when that part\'s bytes are cut out (so the shares add up to about the whole).\n',
  );
  console.log('| part | modules | min | gzip without it |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const part of summarise((segment) =>
    segment.source ? groupOf(segment.source) : '(bundler glue, not mapped to a source)',
  )) {
    console.log(`| ${part.key} | ${part.modules.size || ''} | ${kB(part.bytes)} | −${kB(part.saved)} |`);
  }
  console.log('\n| largest modules | min | gzip without it |');
  console.log('| --- | ---: | ---: |');
  for (const part of summarise((segment) => segment.source ?? '(glue)').slice(0, 12)) {
    console.log(`| ${part.key} | ${kB(part.bytes)} | −${kB(part.saved)} |`);
  }
}

/** Which part of the bundle a source file belongs to. */
function groupOf(source) {
  const match = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (match) {
    const name = match[1];
    if (['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].includes(name))
      return 'Lit (lit-html, lit-element, reactive-element)';
    return name;
  }
  if (/\.styles\.ts$/.test(source)) return 'our styles (*.styles.ts)';
  if (source.startsWith('src/i18n/')) return 'our UI strings and i18n (src/i18n)';
  if (source.startsWith('src/catalog/')) return 'our catalog code (schema, parse, load, search, filter …)';
  if (source.startsWith('src/controllers/')) return 'our controllers';
  const element = source.match(/^src\/elements\/([^/]+)\//);
  if (element) return element[1] === 'shared' ? 'our shared element helpers' : `our <${element[1]}> (class, helpers)`;
  return source;
}

/**
 * Cuts the minified chunks into pieces, each traced back to its source file
 * through the source map: a mapped segment runs to the next one, across line
 * breaks (template literals such as css`…` keep theirs). Returns
 * `{ source, text }` pieces in order; `source` is null for unmapped code.
 */
function attribute(chunks) {
  const pieces = [];
  for (const chunk of chunks) {
    const { code, map } = chunk;
    if (!map) {
      pieces.push({ source: null, text: code });
      continue;
    }
    const sources = map.sources.map((source) => normalise(source));
    const lineStarts = [0];
    for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    // Decoded segments hold absolute values: [column, source, source line, source column, name?].
    const marks = decode(map.mappings).flatMap((segments, lineNumber) =>
      segments.map(([column, sourceIndex]) => ({
        offset: (lineStarts[lineNumber] ?? code.length) + column,
        source: sourceIndex === undefined ? null : sources[sourceIndex],
      })),
    );
    pieces.push({ source: null, text: code.slice(0, marks[0]?.offset ?? code.length) });
    marks.forEach((mark, index) =>
      pieces.push({ source: mark.source, text: code.slice(mark.offset, marks[index + 1]?.offset ?? code.length) }),
    );
    pieces.push({ source: null, text: '\n' });
  }
  return pieces;
}

function normalise(source) {
  const absolute = source.startsWith('/') ? source : join(root, 'dist/cdn', source);
  return relative(root, absolute).replaceAll('\\', '/');
}
