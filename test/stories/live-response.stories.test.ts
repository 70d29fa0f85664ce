import * as stories from '../../stories/live-response.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
