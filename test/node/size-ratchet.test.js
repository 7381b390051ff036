// The size ratchet of issue 17 (scripts/size-ratchet.js, held by
// `npm run size -- --check` in CI): a figure above its ratchet fails, equal
// passes; `--lower` only ever lowers the ratchet and never above the ceiling;
// the committed scripts/size-ratchet.json keeps to the decision. The rules
// only, on made-up figures: no bundle is built here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ALLOWANCE,
  compare,
  describe,
  holdRatchet,
  lower,
  lowerable,
  ratchetFor,
  readRatchet,
} from '../../scripts/size-ratchet.js';

const ceiling = { cdn: { upFront: 44_500, firstOffers: 54_000 } };
const ratchet = { cdn: { upFront: 43_000, firstOffers: 52_800 } };
const figures = (upFront, firstOffers) => ({ cdn: { upFront, firstOffers } });

test('a figure above its ratchet fails, one equal to it or below passes', () => {
  assert.deepEqual(compare(figures(43_000, 52_800), ratchet, ceiling), []);
  assert.deepEqual(compare(figures(42_000, 50_000), ratchet, ceiling), []);
  assert.deepEqual(compare(figures(43_001, 52_800), ratchet, ceiling), [
    { entry: 'cdn', figure: 'upFront', measured: 43_001, limit: 43_000 },
  ]);
  assert.deepEqual(
    compare(figures(43_000, 52_801), ratchet, ceiling).map((failure) => failure.figure),
    ['firstOffers'],
  );
  assert.equal(compare(figures(50_000, 60_000), ratchet, ceiling).length, 2);
});

test('the ceiling holds even when the ratchet was raised above it by hand', () => {
  const raised = { cdn: { upFront: 46_000, firstOffers: 56_000 } };
  assert.deepEqual(
    compare(figures(44_600, 54_000), raised, ceiling).map(({ figure, limit }) => [figure, limit]),
    [['upFront', 44_500]],
  );
});

test('a ratcheted figure that was not measured (its build failed) fails', () => {
  assert.equal(compare({}, ratchet, ceiling).length, 2);
  assert.match(
    describe(compare({}, ratchet, ceiling)[0], { cdn: 'CDN bundle' }),
    /^CDN bundle: up front was not measured/,
  );
});

test('the failure says which figure, by how much, in kB and bytes', () => {
  const [failure] = compare(figures(44_551, 50_000), { cdn: { upFront: 44_500, firstOffers: 54_000 } }, ceiling);
  assert.equal(
    describe(failure, { cdn: 'CDN bundle' }),
    'CDN bundle: up front 44.6 kB (44,551 bytes) is above the ratchet 44.5 kB (44,500 bytes) by 51 bytes',
  );
});

test('the ratchet of a figure: rounded up to the next 0.1 kB, plus the allowance (at most 0.2 kB above it)', () => {
  assert.equal(ratchetFor(42_843), 43_000);
  assert.equal(ratchetFor(42_800), 42_900);
  assert.equal(ratchetFor(42_801), 43_000);
  for (const bytes of [1, 42_800, 42_801, 52_690, 52_799]) {
    assert.ok(ratchetFor(bytes) - bytes <= 200, String(bytes));
    assert.ok(ratchetFor(bytes) - bytes >= ALLOWANCE, 'a change of a few bytes does not fail');
  }
});

test('lowering follows smaller figures, never raises the ratchet, never goes above the ceiling', () => {
  assert.deepEqual(lower(figures(41_234, 51_000), ratchet, ceiling), { cdn: { upFront: 41_400, firstOffers: 51_100 } });
  // Larger figures (a failing run) leave the ratchet as it is.
  assert.deepEqual(lower(figures(43_500, 60_000), ratchet, ceiling), ratchet);
  // A first ratchet (none yet) is the figure's, but at most the ceiling.
  assert.deepEqual(lower(figures(44_450, 53_000), {}, ceiling), { cdn: { upFront: 44_500, firstOffers: 53_100 } });
  // A ratchet raised above the ceiling by hand comes back down to it.
  assert.deepEqual(lower(figures(50_000, 60_000), { cdn: { upFront: 46_000, firstOffers: 56_000 } }, ceiling), ceiling);
  // A figure not measured keeps its ratchet.
  assert.deepEqual(lower({}, ratchet, ceiling), ratchet);
});

test('lowering again with the same figures changes nothing, and the figures pass the lowered ratchet', () => {
  for (const [upFront, firstOffers] of [
    [41_234, 51_000],
    [42_843, 52_690],
    [30_000, 40_000],
  ]) {
    const once = lower(figures(upFront, firstOffers), ratchet, ceiling);
    assert.deepEqual(lower(figures(upFront, firstOffers), once, ceiling), once);
    assert.deepEqual(compare(figures(upFront, firstOffers), once, ceiling), []);
    assert.deepEqual(lowerable(figures(upFront, firstOffers), once, ceiling), []);
  }
});

test('a hint to lower only when the ratchet would come down by 0.1 kB or more', () => {
  // The figures that set the ratchet: nothing to lower (the allowance is no reason to).
  assert.deepEqual(lowerable(figures(42_843, 52_690), ratchet, ceiling), []);
  assert.deepEqual(lowerable(figures(42_743, 52_690), ratchet, ceiling), [
    { entry: 'cdn', figure: 'upFront', from: 43_000, to: 42_900 },
  ]);
});

test('--lower writes the lowered ratchet into the file and keeps the rest; a failure returns false', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'size-ratchet-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'size-ratchet.json');
  const data = {
    $comment: ['kept'],
    entries: { cdn: { label: 'CDN bundle', entry: 'src/define.ts' } },
    ceiling,
    ratchet,
  };
  t.mock.method(console, 'log', () => {});
  t.mock.method(console, 'error', () => {});
  assert.equal(holdRatchet(figures(41_234, 51_000), data, { lower: true, file }), true);
  const written = JSON.parse(readFileSync(file, 'utf8'));
  assert.deepEqual(written, { ...data, ratchet: { cdn: { upFront: 41_400, firstOffers: 51_100 } } });
  assert.equal(holdRatchet(figures(43_001, 52_800), data, { file }), false);
  assert.match(console.error.mock.calls.map((call) => call.arguments.join(' ')).join('\n'), /up front 43\.0 kB/);
});

test('the committed ratchet keeps to the decision: ceilings 44.5 and 54 kB, ratchets at most those', () => {
  const committed = readRatchet();
  assert.deepEqual(Object.keys(committed.entries).sort(), ['cdn', 'offer-finder']);
  assert.equal(committed.entries.cdn.entry, 'src/define.ts');
  assert.equal(committed.entries['offer-finder'].entry, 'src/elements/offer-finder/define.ts');
  for (const entry of Object.keys(committed.entries)) {
    assert.deepEqual(committed.ceiling[entry], { upFront: 44_500, firstOffers: 54_000 }, entry);
    for (const figure of ['upFront', 'firstOffers']) {
      const value = committed.ratchet[entry][figure];
      assert.ok(Number.isInteger(value) && value > 0, `${entry} ${figure} is a number of bytes`);
      assert.ok(value <= committed.ceiling[entry][figure], `${entry} ${figure} is not above the ceiling`);
    }
  }
});
