import * as stories from '../../stories/activity-log.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
