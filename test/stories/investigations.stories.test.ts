import * as stories from '../../stories/investigations.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
