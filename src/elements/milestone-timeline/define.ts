// Registers <milestone-timeline>: `import 'offer-finder/define/milestone-timeline'`.
import { MilestoneTimeline } from './milestone-timeline.js';
import { define } from '../shared/define.js';

define('milestone-timeline', MilestoneTimeline);
