import * as stories from '../../stories/alert-list.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
