import * as stories from '../../stories/attack-story.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
