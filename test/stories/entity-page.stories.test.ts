import * as stories from '../../stories/entity-page.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
