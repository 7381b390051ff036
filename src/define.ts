// Registers every offer-finder element: `import 'offer-finder/define'`.
// <offer-finder> registers the three elements it is made of.
import './elements/offer-finder/define.js';
