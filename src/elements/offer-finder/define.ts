// <offer-finder> renders the other three elements: registering it registers them.
import '../offer-search/define.js';
import '../milestone-timeline/define.js';
import '../contact-card/define.js';
import { OfferFinder } from './offer-finder.js';
import { define } from '../shared/define.js';

define('offer-finder', OfferFinder);
