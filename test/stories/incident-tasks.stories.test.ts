import * as stories from '../../stories/incident-tasks.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
