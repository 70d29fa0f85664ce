// The kit's public surface. Importing it registers no tags: import './define' (package
// `@soc-kit/components/define`) for that, or call `SocX.define('tag-name')` yourself.
export * from './api/index.js';
export * from './internal/labels.js';
export * from './i18n/index.js';
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
export { SocAttackStory } from './attack-story/attack-story.js';
export { SocIncidentGraph } from './graph/incident-graph.js';
export { SocEntityPage } from './entity-page/entity-page.js';
export { SocEntityTimeline } from './entity-timeline/entity-timeline.js';
export { SocAutomationRules } from './automation-rules/automation-rules.js';
export { SocInvestigations } from './investigations/investigations.js';
export { SocEvidenceResponse } from './evidence-response/evidence-response.js';
export { SocLiveResponse } from './live-response/live-response.js';
export { SocPlaybookRunner } from './playbooks/playbook-runner.js';
export { SocActivityLog } from './activity-log/activity-log.js';
export { SocIncidentTasks } from './tasks/incident-tasks.js';
export { SocIncidentMetrics } from './metrics/incident-metrics.js';
export { SocIncidentTrend, TREND_VIEWS, type TrendView } from './trend/incident-trend.js';
export { SocAlertQueue } from './alert-queue/alert-queue.js';
export { SocAlertSummary } from './alert-queue/alert-summary.js';
export type { AlertQueueFilters, AlertQueueSort } from './alert-queue/alert-queue-filters.js';
export { SocManageAlert } from './manage-alert/manage-alert.js';
export { SocLinkAlerts } from './link-alerts/link-alerts.js';
export { SocSimilarIncidents } from './similar-incidents/similar-incidents.js';
export { SocMergeIncidentsDialog, MAX_MERGED_NAME_LENGTH } from './merge/merge-incidents-dialog.js';
export {
  defaultMergeTarget,
  getIncidentFollowingRedirects,
  isRedirected,
  MAX_REDIRECTS,
  RedirectChainError,
  type FollowedIncident,
} from './merge/merge-rules.js';
export { gatherIncidentReport, type IncidentReport } from './report/incident-report.js';
export { incidentReportMarkdown } from './report/report-markdown.js';
export { renderPrintableReport } from './report/report-print.js';

export { IncidentSelectEvent, type IncidentSelectDetail } from './events/incident-select.js';
export { IncidentOpenEvent, type IncidentOpenDetail } from './events/incident-open.js';
export { IncidentUpdatedEvent, type IncidentUpdatedDetail } from './events/incident-updated.js';
export { RequestManageEvent, type RequestManageDetail } from './events/request-manage.js';
export { RequestCloseEvent } from './events/request-close.js';
export { SavedViewApplyEvent, type SavedViewApplyDetail } from './events/saved-view-apply.js';
export { SavedViewSavedEvent, type SavedViewSavedDetail } from './events/saved-view-saved.js';
export { SavedViewDeletedEvent, type SavedViewDeletedDetail } from './events/saved-view-deleted.js';
export { EntityOpenEvent, type EntityOpenDetail } from './events/entity-open.js';
export { AlertSelectEvent, type AlertSelectDetail } from './events/alert-select.js';
export { AlertsUpdatedEvent, type AlertsUpdatedDetail } from './events/alerts-updated.js';
export { AlertsLinkedEvent, type AlertsLinkedDetail } from './events/alerts-linked.js';
export { RequestAlertActionEvent, type RequestAlertActionDetail, type AlertAction } from './events/request-alert-action.js';
export { IncidentsMergedEvent, type IncidentsMergedDetail } from './events/incidents-merged.js';
export { IncidentRedirectEvent, type IncidentRedirectDetail } from './events/incident-redirect.js';
export { IncidentTabChangeEvent } from './events/incident-tab-change.js';
export { CommentAddedEvent, type CommentAddedDetail } from './events/comment-added.js';
export { TaskSavedEvent, type TaskSavedDetail } from './events/task-saved.js';
export { RemediationChangedEvent, type RemediationChangedDetail } from './events/remediation-changed.js';
export { RequestLiveResponseEvent, type RequestLiveResponseDetail } from './events/request-live-response.js';
export { LiveResponseResultEvent, type LiveResponseResultDetail } from './events/live-response-result.js';
export { PlaybookRunEndEvent, type PlaybookRunEndDetail } from './events/playbook-run-end.js';
export { PlaybookRunStartEvent, type PlaybookRunStartDetail } from './events/playbook-run-start.js';
export { GraphSelectEvent, type GraphSelectDetail } from './events/graph-select.js';
export { TimelineEventSelectEvent, type TimelineEventSelectDetail } from './events/timeline-event-select.js';
export { AutomationRuleSavedEvent, type AutomationRuleSavedDetail } from './events/automation-rule-saved.js';
export { AutomationRuleDeletedEvent, type AutomationRuleDeletedDetail } from './events/automation-rule-deleted.js';
