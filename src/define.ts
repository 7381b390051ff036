// Registers every offer-finder element: `import 'offer-finder/define'`.
import './elements/offer-search/define.js';
