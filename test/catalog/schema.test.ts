// schema.ts spells zod's formats (z.email(), z.iso.date() …) and z.refine()
// as plain checks, for a smaller bundle; these tests hold them to zod's own:
// the same values pass, with the same issues.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import {
  contactSchema,
  emailSchema,
  isoDateSchema,
  localizedTextSchema,
  milestoneSchema,
  openingPeriodSchema,
} from '../../src/catalog/schema.js';

const runs = { numRuns: 1000 };

const outcome = (schema: z.ZodMiniType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? { data: result.data } : { issues: result.error.issues };
};

/** Strings that match `pattern`, and the same with a character or two changed. */
const nearly = (pattern: RegExp) =>
  fc.stringMatching(pattern).chain((text) =>
    fc.oneof(
      fc.constant(text),
      fc
        .tuple(fc.nat(text.length), fc.string({ maxLength: 2 }))
        .map(([at, other]) => text.slice(0, at) + other + text.slice(at + 1)),
    ),
  );

describe('catalog schema', () => {
  it('checks dates as z.iso.date() and z.iso.datetime({ offset: true }) do', () => {
    const zods = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
    const values = fc.oneof(
      nearly(z.regexes.date),
      nearly(z.regexes.datetime({ offset: true })),
      nearly(z.regexes.datetime({ local: true })),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(values, (value) => {
        expect(outcome(isoDateSchema, value)).to.deep.equal(outcome(zods, value));
      }),
      runs,
    );
    for (const value of [
      '2024-02-29',
      '2023-02-29',
      '2026-03-01T09:30:00+01:00',
      '2026-03-01T09:30:00.5Z',
      '2026-03-01T09:30+01:00',
      '2026-03-01T09:30:00',
    ]) {
      expect(outcome(isoDateSchema, value), value).to.deep.equal(outcome(zods, value));
    }
    const period = { days: ['tu'], opens: '09:00', closes: '11:00' };
    expect(outcome(openingPeriodSchema, { ...period, validFrom: '2026-02-30' })).to.deep.equal(
      outcome(z.object({ validFrom: z.iso.date() }), { validFrom: '2026-02-30' }),
    );
  });

  it('checks email addresses as z.email() does', () => {
    const values = fc.oneof(nearly(z.regexes.email), fc.emailAddress(), fc.string(), fc.jsonValue());
    fc.assert(
      fc.property(values, (value) => {
        expect(outcome(emailSchema, value)).to.deep.equal(outcome(z.email(), value));
      }),
      runs,
    );
  });

  it('reports a broken rule as z.refine() does, at the same path on every parse', () => {
    const milestone = { id: 'kita', title: 'Kita', ageFrom: 6, ageTo: 3 };
    const refined = z
      .object({ ageFrom: z.number(), ageTo: z.number() })
      .check(z.refine((m) => m.ageFrom <= m.ageTo, { message: 'ageFrom is after ageTo', path: ['ageTo'] }));
    expect(outcome(milestoneSchema, milestone)).to.deep.equal(outcome(refined, milestone));
    expect(outcome(localizedTextSchema, {})).to.deep.equal({
      issues: [{ code: 'custom', path: [], message: 'needs at least one language' }],
    });

    const contact = { id: 'c1', name: 'X', openingHours: [{ days: ['tu'], opens: '09:00', closes: '09:00' }] };
    for (let parse = 0; parse < 3; parse++) {
      expect(outcome(contactSchema, contact)).to.deep.equal({
        issues: [{ code: 'custom', path: ['openingHours', 0, 'closes'], message: 'opens and closes at the same time' }],
      });
    }
  });
});
