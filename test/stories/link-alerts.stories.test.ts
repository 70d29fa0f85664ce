import * as stories from '../../stories/link-alerts.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
