// The kit's public surface. Importing it registers no tags: import './define' (package
// `@soc-kit/components/define`) for that, or call `SocX.define('tag-name')` yourself.
export * from './api/index.js';
export * from './internal/labels.js';
export { SocElement } from './internal/soc-element.js';

export { SocApiProvider } from './provider/api-provider.js';
export { SocIncidentQueue } from './queue/incident-queue.js';
export type { QueueFilters, QueueSort, TimeRange, TimeRangePreset, CustomTimeRange } from './queue/queue-filters.js';
export { SocIncidentSummary } from './summary/incident-summary.js';
export { SocManageIncident, type ManagePurpose } from './manage/manage-incident.js';
export { SocIncidentWorkspace } from './workspace/incident-workspace.js';
export { SocAssets } from './assets/assets.js';
export { SocAlertList } from './alerts/alert-list.js';
export { SocIncidentPage } from './incident-page/incident-page.js';
export { INCIDENT_PAGE_TABS, type IncidentPageTab } from './incident-page/incident-page-tabs.js';
export { SocExportIncident } from './report/export-incident.js';
export { SocInvestigations } from './investigations/investigations.js';
export { SocEvidenceResponse } from './evidence-response/evidence-response.js';
export { SocLiveResponse } from './live-response/live-response.js';
export { SocPlaybookRunner } from './playbooks/playbook-runner.js';
export { SocActivityLog } from './activity-log/activity-log.js';
export { SocIncidentTasks } from './tasks/incident-tasks.js';
export { gatherIncidentReport, type IncidentReport } from './report/incident-report.js';
export { incidentReportMarkdown } from './report/report-markdown.js';
export { renderPrintableReport } from './report/report-print.js';

export { IncidentSelectEvent, type IncidentSelectDetail } from './events/incident-select.js';
export { IncidentOpenEvent, type IncidentOpenDetail } from './events/incident-open.js';
export { IncidentUpdatedEvent, type IncidentUpdatedDetail } from './events/incident-updated.js';
export { RequestManageEvent, type RequestManageDetail } from './events/request-manage.js';
export { RequestCloseEvent } from './events/request-close.js';
export { EntityOpenEvent, type EntityOpenDetail } from './events/entity-open.js';
export { AlertSelectEvent, type AlertSelectDetail } from './events/alert-select.js';
export { IncidentTabChangeEvent } from './events/incident-tab-change.js';
export { CommentAddedEvent, type CommentAddedDetail } from './events/comment-added.js';
export { TaskSavedEvent, type TaskSavedDetail } from './events/task-saved.js';
export { RemediationChangedEvent, type RemediationChangedDetail } from './events/remediation-changed.js';
export { RequestLiveResponseEvent, type RequestLiveResponseDetail } from './events/request-live-response.js';
export { LiveResponseResultEvent, type LiveResponseResultDetail } from './events/live-response-result.js';
export { PlaybookRunStartEvent, type PlaybookRunStartDetail } from './events/playbook-run-start.js';
