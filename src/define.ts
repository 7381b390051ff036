// Registers every offer-finder element: `import 'offer-finder/define'`.
import './elements/offer-search/define.js';
import './elements/milestone-timeline/define.js';
import './elements/contact-card/define.js';
