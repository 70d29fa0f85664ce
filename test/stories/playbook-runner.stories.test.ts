import * as stories from '../../stories/playbook-runner.stories.js';
import { checkStories } from '../support/story-check.js';

checkStories(stories);
