import * as stories from '../../stories/incident-graph.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
