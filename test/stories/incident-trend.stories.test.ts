import * as stories from '../../stories/incident-trend.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
