// Deterministic synthetic catalogs made from the sample's own vocabulary, so
// that the vocabulary stays German and realistic while the offer count grows.
// The 100 real offers come first, verbatim; the rest recombine their parts.

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const german = (text) => (text === undefined || typeof text === 'string' ? text : (text.de ?? Object.values(text)[0]));

/**
 * @param sample the sample catalog as JSON (not parsed: the result is
 *   validated with parseCatalog like any catalog from an endpoint)
 * @param count total number of offers, the real ones included
 */
export function syntheticCatalog(sample, count, seed = 20260301) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const between = (min, max) => min + Math.floor(random() * (max - min + 1));
  const sampleOf = (list, n) => {
    const copy = [...list];
    const out = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
    return out;
  };

  const real = sample.offers;
  const titles = real.map((o) => german(o.title));
  const summaries = real.map((o) => o.summary).filter(Boolean);
  // Sentences of every description; a description is 3–5 of them.
  const sentences = real
    .flatMap((o) => (o.description ? [o.description] : []))
    .flatMap((d) => (typeof d === 'string' ? [d] : Object.values(d)))
    .flatMap((d) => d.split(/(?<=[.!?])\s+/))
    .filter((s) => s.length > 20);
  const keywords = [...new Set(real.flatMap((o) => o.keywords ?? []))];
  const milestoneIds = sample.milestones.map((m) => m.id);
  const topicIds = sample.topics.map((t) => t.id);
  const districtIds = sample.districts.map((d) => d.id);
  const organizationIds = sample.organizations.map((o) => o.id);
  const longWords = (title) => title.split(' ').filter((w) => /^\p{L}{4,}$/u.test(w));

  const makeTitle = (base) => {
    const words = base.split(' ');
    const other = pick(titles);
    const swappable = words.map((w, i) => (/^\p{L}{4,}$/u.test(w) ? i : -1)).filter((i) => i >= 0);
    const replacements = longWords(other);
    if (random() < 0.5 && swappable.length && replacements.length) {
      // One word swapped for a word of another title.
      words[pick(swappable)] = pick(replacements);
      return words.join(' ');
    }
    // Two title parts joined: the start of one title and the end of another.
    const otherWords = other.split(' ');
    const head = words.slice(0, Math.max(1, Math.ceil(words.length / 2)));
    const tail = otherWords.slice(Math.floor(otherWords.length / 2));
    return [...head, ...tail].join(' ');
  };

  const offers = [...real];
  for (let i = offers.length; i < count; i++) {
    const base = pick(real);
    const offer = {
      id: `${base.id}-s${i}`,
      title: makeTitle(german(base.title)),
      summary: random() < 0.5 ? base.summary : pick(summaries),
      description: sampleOf(sentences, between(3, 5)).join(' '),
      milestones: random() < 0.8 ? [...base.milestones] : sampleOf(milestoneIds, between(1, 2)),
      topics: [...new Set([...(base.topics ?? []), ...(random() < 0.3 ? [pick(topicIds)] : [])])],
      keywords: [...new Set([...sampleOf(base.keywords ?? [], between(2, 4)), ...sampleOf(keywords, between(1, 3))])],
      organization: random() < 0.5 && base.organization ? base.organization : pick(organizationIds),
    };
    const districts = sampleOf(districtIds, between(0, 2));
    if (districts.length) offer.districts = districts;
    for (const key of ['ageMin', 'ageMax', 'cost', 'languages', 'contacts', 'address', 'schedule']) {
      if (base[key] !== undefined) offer[key] = base[key];
    }
    offers.push(offer);
  }
  return { ...sample, offers };
}
