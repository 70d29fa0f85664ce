import * as stories from '../../stories/incident-summary.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
