import * as stories from '../../stories/incident-page.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
