// Registers <offer-coverage>: `import 'offer-finder/define/offer-coverage'`.
import { OfferCoverage } from './offer-coverage.js';
import { define } from '../shared/define.js';

define('offer-coverage', OfferCoverage);
