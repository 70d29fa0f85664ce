import type {
  AlertPatch,
  AutomationRuleDraft,
  IncidentPatch,
  LinkAlertsRequest,
  MergeIncidentsRequest,
  PlaybookTarget,
  Principal,
  RemediationActionType,
  SavedViewDraft,
  TaskDraft,
} from '@soc-kit/components/api';
import type { IncidentInput } from './ingestion.js';

/**
 * One successful write, as the service recorded it: who, when, and the call's arguments.
 * Replaying the journal on a fresh service with the same options rebuilds the same state.
 * Plain JSON, so it can be saved (e.g. in localStorage) and restored after a reload.
 */
export type JournalEntry = { time: string; actor: Principal } & (
  | { op: 'createIncident'; input: IncidentInput }
  | { op: 'updateIncident'; id: string; patch: IncidentPatch }
  | { op: 'updateIncidents'; ids: string[]; patch: IncidentPatch }
  | { op: 'addComment'; incidentId: string; text: string }
  | { op: 'decideRemediationAction'; id: string; decision: 'approve' | 'reject'; comment: string | null }
  | { op: 'runRemediationAction'; entityId: string; type: RemediationActionType }
  | { op: 'runLiveResponseCommand'; deviceId: string; command: string }
  | { op: 'runPlaybook'; playbookId: string; target: PlaybookTarget }
  | { op: 'saveAutomationRule'; draft: AutomationRuleDraft }
  | { op: 'deleteAutomationRule'; id: string }
  | { op: 'saveTask'; incidentId: string; draft: TaskDraft }
  | { op: 'saveSavedView'; draft: SavedViewDraft }
  | { op: 'deleteSavedView'; id: string }
  | { op: 'mergeIncidents'; request: MergeIncidentsRequest }
  | { op: 'updateAlert'; id: string; patch: AlertPatch }
  | { op: 'updateAlerts'; ids: string[]; patch: AlertPatch }
  | { op: 'linkAlerts'; request: LinkAlertsRequest }
);

export type JournalOperation = JournalEntry['op'];
