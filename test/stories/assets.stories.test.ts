import * as stories from '../../stories/assets.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
