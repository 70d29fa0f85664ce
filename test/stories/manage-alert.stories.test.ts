import * as stories from '../../stories/manage-alert.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
