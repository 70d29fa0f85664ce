import * as stories from '../../stories/api-provider.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
