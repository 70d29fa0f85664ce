import * as stories from '../../stories/backends.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
