import * as stories from '../../stories/alert-queue.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
