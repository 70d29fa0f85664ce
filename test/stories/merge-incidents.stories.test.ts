import * as stories from '../../stories/merge-incidents.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
