// The planners' demo page: the coverage matrix on the sample catalog, linked to a search.
import '../src/define.js';
import '../src/elements/offer-coverage/define.js';
