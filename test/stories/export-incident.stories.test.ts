import * as stories from '../../stories/export-incident.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
