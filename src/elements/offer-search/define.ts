// Registers <offer-search>: `import 'offer-finder/define/offer-search'`.
import { OfferSearch } from './offer-search.js';
import { define } from '../shared/define.js';

define('offer-search', OfferSearch);
