import * as stories from '../../stories/evidence-response.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
