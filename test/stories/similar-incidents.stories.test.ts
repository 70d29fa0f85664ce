import * as stories from '../../stories/similar-incidents.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
