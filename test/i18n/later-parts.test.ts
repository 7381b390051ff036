// German that comes with a part loaded later (the panel of "In meiner Nähe", the planners' table): not built in,
// known by its key's prefix until it arrives, then German like the rest, for partners' languages too.
import { expect } from '@open-wc/testing';
import { de } from '../../src/i18n/de.js';
import { localization } from '../../src/i18n/i18n.js';
import { addGermanPart, loadLanguage, registerLanguage, resetStrings, setStrings } from '../../src/i18n/registry.js';
import { coverageDe } from '../../src/i18n/strings/coverage.js';
import { nearMeDe } from '../../src/i18n/strings/near-me.js';
import { en } from '../../src/i18n/en.js';
import { warnings } from '../support/console.js';

describe('German of parts loaded later', () => {
  afterEach(() => resetStrings());

  it('is not built in: the bundle’s German has neither the table’s nor the panel’s strings (only the button and its failure)', () => {
    expect(Object.keys(de).filter((key) => key.startsWith('coverage'))).to.deep.equal([]);
    expect(Object.keys(de).filter((key) => key.startsWith('nearMe'))).to.deep.equal(['nearMe', 'nearMeFailed']);
    expect(Object.keys(nearMeDe).every((key) => key.startsWith('nearMe'))).to.equal(true);
    expect(Object.keys(coverageDe).every((key) => key.startsWith('coverage'))).to.equal(true);
  });

  it('takes overrides of its keys before it arrives, warns of a typo as before, and applies them once it is here', () => {
    expect(localization('de').strings.nearMeLocate).to.equal(undefined);
    const seen = warnings(() => setStrings('de', { nearMeLocate: 'Wo bin ich?', searchLabl: 'x' } as never));
    expect(seen.join()).to.include('searchLabl').and.not.include('nearMeLocate');
    addGermanPart(nearMeDe);
    expect(localization('de').strings.nearMeLocate).to.equal('Wo bin ich?');
    expect(localization('de').strings.nearMeLocating).to.equal(nearMeDe.nearMeLocating);
    // A function of the part is checked like every other once it is here.
    const wrongKind = warnings(() => setStrings('de', { nearMeSorted: 'kein Satz' } as never));
    expect(wrongKind.join()).to.include('nearMeSorted');
  });

  it('fills a partner’s language registered without it, and leaves the built-in translations their own words', async () => {
    const partial = Object.fromEntries(Object.entries(en).filter(([key]) => !key.startsWith('coverage')));
    warnings(() => registerLanguage('en-x-partner', partial as typeof en));
    await loadLanguage('en-x-partner');
    await loadLanguage('en');
    addGermanPart(coverageDe);
    expect(localization('en-x-partner').strings.coverageLoading).to.equal(coverageDe.coverageLoading);
    expect(localization('en').strings.coverageLoading).to.equal(en.coverageLoading);
  });
});
