import '../graph/define.js';
import '../playbooks/define.js';
import { SocAttackStory } from './attack-story.js';

SocAttackStory.define('soc-attack-story');

export { SocAttackStory } from './attack-story.js';
export { AlertSelectEvent } from '../events/alert-select.js';
export { GraphSelectEvent } from '../events/graph-select.js';
