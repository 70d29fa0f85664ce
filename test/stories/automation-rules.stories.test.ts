import * as stories from '../../stories/automation-rules.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
