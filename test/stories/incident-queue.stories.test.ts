import * as stories from '../../stories/incident-queue.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
