// The size ratchet (issue 17) that `npm run size` holds the bytes to: its
// rules, apart from the bundling, so that test/node/size-ratchet.test.js can
// check them without a build (compare, lower, lowerable are pure).
//
// scripts/size-ratchet.json holds, for each ratcheted entry (the CDN bundle,
// `<offer-finder>` complete) and each figure (upFront, firstOffers; bytes,
// min+gzip -9, 1 kB = 1,000 bytes):
// - `ceiling`: the limits of the decision (up front ≤ 44.5 kB, first offers
//   ≤ 54 kB), which only a new decision raises;
// - `ratchet`: the figure of the day rounded up to the next 0.1 kB plus an
//   allowance of 0.1 kB (so a harmless change of a few bytes in a dependency
//   does not fail), never above the ceiling.
// A figure above min(ratchet, ceiling) fails. `npm run size -- --lower`
// writes the new figures (by the same rule) into the file, but only where
// that lowers the ratchet: it never raises it, never above the ceiling. A
// raise is made by hand, only for what the decision left room for (the
// parent's path, up to the ceiling), and said in its commit.
import { readFileSync, writeFileSync } from 'node:fs';

/** Rounding step and allowance of the ratchet, in bytes. */
export const STEP = 100;
export const ALLOWANCE = 100;

/** The ratcheted figures and how they read. */
export const FIGURES = { upFront: 'up front', firstOffers: 'first offers' };

/** kB as Vite and bundle size sites print them: 1 kB = 1,000 bytes. */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** The ratchet for a measured figure: rounded up to the next 0.1 kB, plus the allowance. */
export const ratchetFor = (bytes) => Math.ceil(bytes / STEP) * STEP + ALLOWANCE;

/** The limit in force: the lower of the ratchet and the ceiling (either may be missing). */
export function limitOf(ratchet, ceiling, entry, figure) {
  const limits = [ratchet?.[entry]?.[figure], ceiling?.[entry]?.[figure]].filter(Number.isFinite);
  return limits.length ? Math.min(...limits) : undefined;
}

/**
 * The figures above their limit. `measured`, `ratchet` and `ceiling` are
 * `{ [entry]: { upFront, firstOffers } }` in bytes; every entry and figure of
 * the ratchet (and the ceiling) must be measured: one that is not (its build
 * failed) is a failure too. Returns `[{ entry, figure, measured, limit }]`.
 */
export function compare(measured, ratchet, ceiling = {}) {
  const failures = [];
  const entries = new Set([...Object.keys(ratchet ?? {}), ...Object.keys(ceiling ?? {})]);
  for (const entry of entries) {
    for (const figure of Object.keys(FIGURES)) {
      const limit = limitOf(ratchet, ceiling, entry, figure);
      if (limit === undefined) continue;
      const bytes = measured?.[entry]?.[figure];
      if (!Number.isFinite(bytes) || bytes > limit) failures.push({ entry, figure, measured: bytes, limit });
    }
  }
  return failures;
}

/**
 * The ratchet after `--lower`: for each figure, the lowest of the ratchet,
 * the ceiling and ratchetFor(measured). Never higher than before, never above
 * the ceiling; a figure not measured keeps its ratchet.
 */
export function lower(measured, ratchet, ceiling = {}) {
  const next = {};
  const entries = new Set([...Object.keys(ratchet ?? {}), ...Object.keys(ceiling ?? {})]);
  for (const entry of entries) {
    next[entry] = {};
    for (const figure of Object.keys(FIGURES)) {
      const bytes = measured?.[entry]?.[figure];
      const candidates = [
        ratchet?.[entry]?.[figure],
        ceiling?.[entry]?.[figure],
        Number.isFinite(bytes) ? ratchetFor(bytes) : undefined,
      ].filter(Number.isFinite);
      if (candidates.length) next[entry][figure] = Math.min(...candidates);
    }
  }
  return next;
}

/** The figures whose ratchet `--lower` would lower (by 0.1 kB or more): `[{ entry, figure, from, to }]`. */
export function lowerable(measured, ratchet, ceiling = {}) {
  const next = lower(measured, ratchet, ceiling);
  return Object.entries(next).flatMap(([entry, figures]) =>
    Object.entries(figures)
      .filter(([figure, to]) => to < (limitOf(ratchet, ceiling, entry, figure) ?? Infinity))
      .map(([figure, to]) => ({ entry, figure, from: limitOf(ratchet, ceiling, entry, figure), to })),
  );
}

/** "CDN bundle: up front 44.6 kB (44,551 bytes) is above the ratchet 44.5 kB (44,500 bytes) by 51 bytes" */
export function describe(failure, labels = {}) {
  const name = `${labels[failure.entry] ?? failure.entry}: ${FIGURES[failure.figure]}`;
  if (!Number.isFinite(failure.measured))
    return `${name} was not measured (its build failed), limit ${kB(failure.limit)}`;
  const bytes = (n) => `${n.toLocaleString('en')} bytes`;
  return `${name} ${kB(failure.measured)} (${bytes(failure.measured)}) is above the ratchet ${kB(failure.limit)} (${bytes(failure.limit)}) by ${bytes(failure.measured - failure.limit)}`;
}

/** The table's cell for a ratcheted entry: "up front ≤ 43.0 kB ✓, first offers ≤ 52.9 kB ✓ (ceilings 44.5, 54.0 kB)". */
export function verdict(size, entry, ratchet, ceiling = {}) {
  const cells = Object.entries(FIGURES).map(([figure, words]) => {
    const limit = limitOf(ratchet, ceiling, entry, figure);
    const bytes = size?.[figure];
    const over = bytes - limit;
    return `${words} ≤ ${kB(limit)} ${over > 0 ? `✗ (+${over} bytes)` : '✓'}`;
  });
  const ceilings = Object.keys(FIGURES).map((figure) => ceiling?.[entry]?.[figure]);
  const note = ceilings.every(Number.isFinite)
    ? ` (ceilings ${ceilings.map((b) => (b / 1000).toFixed(1)).join(', ')} kB)`
    : '';
  return `ratchet: ${cells.join(', ')}${note}`;
}

/**
 * What `npm run size` does with the ratcheted figures of its run: with
 * `lower`, writes the lowered ratchet into the file; otherwise says when it
 * can come down. Prints the figures above their limit on stderr and returns
 * false then (the script exits with code 1), true when all are within.
 */
export function holdRatchet(measured, data, { lower: lowerIt = false, file = ratchetFile } = {}) {
  const labels = Object.fromEntries(Object.entries(data.entries).map(([key, entry]) => [key, entry.label]));
  const { ratchet, ceiling } = data;
  const lowered = lowerable(measured, ratchet, ceiling);
  if (lowerIt && lowered.length) {
    writeRatchet({ ...data, ratchet: lower(measured, ratchet, ceiling) }, file);
    console.log('\nRatchet lowered in scripts/size-ratchet.json (commit it):');
  } else if (lowered.length) {
    console.log('\nSmaller than the ratchet, which can come down: `npm run size -- --lower`, then commit the file.');
  } else if (lowerIt) {
    console.log('\nThe ratchet stays: no figure is 0.1 kB below it (--lower never raises it).');
  }
  for (const item of lowered) {
    console.log(`- ${labels[item.entry]}: ${FIGURES[item.figure]} ${kB(item.from)} → ${kB(item.to)}`);
  }
  const failures = compare(measured, ratchet, ceiling);
  if (failures.length) {
    console.error(`\n✗ Size ratchet (scripts/size-ratchet.json): ${failures.length} figure(s) too large:`);
    for (const failure of failures) console.error(`- ${describe(failure, labels)}`);
    console.error(
      "Make it smaller (what it is made of: `npm run size`) or load it later. The ratchet rises only by hand, for a feature that needs the bytes (the parent's path, several catalogs), never above the ceiling, with the reason in the commit.",
    );
    return false;
  }
  console.log('\n✓ Size ratchet (scripts/size-ratchet.json), in bytes:');
  for (const [entry, figures] of Object.entries(measured)) {
    const within = Object.entries(figures).map(
      ([figure, bytes]) => `${FIGURES[figure]} ${bytes} ≤ ${limitOf(ratchet, ceiling, entry, figure)}`,
    );
    console.log(`- ${labels[entry]}: ${within.join(', ')}`);
  }
  return true;
}

/** scripts/size-ratchet.json: `{ $comment, entries: { [entry]: { label, entry, file? } }, ceiling, ratchet }`. */
export const ratchetFile = new URL('./size-ratchet.json', import.meta.url);

export const readRatchet = (file = ratchetFile) => JSON.parse(readFileSync(file, 'utf8'));

/** Writes the file as Prettier keeps it (two spaces, a final newline). */
export const writeRatchet = (data, file = ratchetFile) => writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
