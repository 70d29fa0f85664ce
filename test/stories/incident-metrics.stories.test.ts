import * as stories from '../../stories/incident-metrics.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
