import * as stories from '../../stories/entity-timeline.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
