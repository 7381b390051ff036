// Registers <contact-card>: `import 'offer-finder/define/contact-card'`.
import { ContactCard } from './contact-card.js';
import { define } from '../shared/define.js';

define('contact-card', ContactCard);
