import * as stories from '../../stories/incident-workspace.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
