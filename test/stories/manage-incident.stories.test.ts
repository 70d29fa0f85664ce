import * as stories from '../../stories/manage-incident.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
