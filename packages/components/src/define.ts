// Registers every SOC Kit element. Import classes from the package root to register tags yourself.
import './provider/define.js';
import './queue/define.js';
import './summary/define.js';
import './manage/define.js';
import './workspace/define.js';
import './assets/define.js';
import './alerts/define.js';
import './incident-page/define.js';
import './report/define.js';
import './investigations/define.js';
import './evidence-response/define.js';
import './live-response/define.js';
import './playbooks/define.js';
import './activity-log/define.js';
import './tasks/define.js';
