// A hand-written IncidentApi in plain JavaScript: what a portal with its own backend writes to
// feed SOC Kit elements. It holds its data in memory; a real one would call the portal's server.
// Every method of the contract exists; those this page does not need reject with an
// ApiError of kind 'validation' naming the method, as the contract asks.
import { ApiError } from '@soc-kit/components/api';

const SEVERITY_RANK = { unknown: 0, informational: 1, low: 2, medium: 3, high: 4 };

const IMPACTED_ASSET_KINDS = ['devices', 'users', 'mailboxes', 'apps', 'ips', 'cloudResources'];

/** The value an incident is sorted by for each `IncidentSortField`. */
function sortValue(incident, field) {
  switch (field) {
    case 'severity':
      return SEVERITY_RANK[incident.severity] ?? 0;
    case 'impactedAssets':
      return IMPACTED_ASSET_KINDS.reduce((sum, kind) => sum + (incident.impactedAssets[kind] ?? 0), 0);
    case 'categories':
    case 'serviceSources':
    case 'detectionSources':
    case 'customTags':
      return (incident[field] ?? []).join(', ');
    case 'assignedTo':
      return incident.assignedTo ?? '';
    default:
      return incident[field] ?? '';
  }
}

function compare(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en');
}

const anyOf = (wanted, value) => !wanted || wanted.length === 0 || wanted.includes(value);
const anyIn = (wanted, values) => !wanted || wanted.length === 0 || values.some((value) => wanted.includes(value));

/** Whether an incident passes the query's filters and search. */
function matches(incident, query) {
  if (!anyOf(query.status, incident.status)) return false;
  if (!anyOf(query.severity, incident.severity)) return false;
  if (!anyOf(query.classification, incident.classification)) return false;
  if (!anyOf(query.determination, incident.determination)) return false;
  // '' (UNASSIGNED) stands for incidents without an owner.
  if (!anyOf(query.assignedTo, incident.assignedTo ?? '')) return false;
  if (!anyIn(query.serviceSources, incident.serviceSources)) return false;
  if (!anyIn(query.detectionSources, incident.detectionSources)) return false;
  if (!anyIn(query.tags, [...incident.customTags, ...incident.systemTags])) return false;
  if (!anyIn(query.categories, incident.categories)) return false;
  if (query.createdAfter && incident.createdDateTime < query.createdAfter) return false;
  if (query.createdBefore && incident.createdDateTime >= query.createdBefore) return false;
  if (query.search) {
    const needle = query.search.trim().toLowerCase();
    const byName = incident.displayName.toLowerCase().includes(needle);
    const byId = incident.id.toLowerCase().startsWith(needle);
    if (!byName && !byId) return false;
  }
  return true;
}

/** Rejects like a real client once the caller's signal aborted. */
function checkSignal(options) {
  if (options?.signal?.aborted) throw new ApiError('aborted', 'The request was cancelled.');
}

const copy = (value) => structuredClone(value);

/**
 * An IncidentApi over fixed data.
 *
 * @param {object} data
 * @param {object[]} data.incidents  Incidents in the model's shape.
 * @param {object[]} [data.alerts]   Alerts (with `incidentId`).
 * @param {object[]} [data.evidence] Evidence (entities with `alertIds`), per incident in `evidenceByIncident`.
 * @param {Record<string, object[]>} [data.evidenceByIncident]
 * @param {object} data.me           The signed-in principal.
 * @param {object[]} data.assignees  People incidents can be assigned to.
 * @param {string[]} [data.capabilities]
 */
export function createHandWrittenApi(data) {
  const { incidents, alerts = [], evidenceByIncident = {}, me, assignees, capabilities = [] } = data;

  const notImplemented = (method) => () =>
    Promise.reject(new ApiError('validation', `This example's backend does not implement ${method}.`));

  const findIncident = (id) => {
    const incident = incidents.find((item) => item.id === id);
    if (!incident) throw new ApiError('notFound', `Incident ${id} was not found.`, { status: 404 });
    return incident;
  };

  return {
    capabilities: new Set(capabilities),

    async listIncidents(query = {}, options) {
      checkSignal(options);
      const sort = query.sort ?? { field: 'lastUpdateDateTime', direction: 'desc' };
      const sign = sort.direction === 'asc' ? 1 : -1;
      const matching = incidents
        .filter((incident) => matches(incident, query))
        .sort(
          (a, b) =>
            sign * compare(sortValue(a, sort.field), sortValue(b, sort.field)) || compare(a.id, b.id),
        );
      const top = Math.min(Math.max(query.top ?? 50, 1), 500);
      // A cursor (from the previous page's nextCursor) wins over skip; here it is just the offset.
      const skip = query.cursor !== undefined ? Number(query.cursor) || 0 : (query.skip ?? 0);
      const items = matching.slice(skip, skip + top);
      const next = skip + items.length;
      return { items: copy(items), totalCount: matching.length, nextCursor: next < matching.length ? String(next) : null };
    },

    async getIncident(id, options) {
      checkSignal(options);
      return copy(findIncident(id));
    },

    async listIncidentAlerts(incidentId, options) {
      checkSignal(options);
      findIncident(incidentId);
      return copy(alerts.filter((alert) => alert.incidentId === incidentId));
    },

    async getAlert(id, options) {
      checkSignal(options);
      const alert = alerts.find((item) => item.id === id);
      if (!alert) throw new ApiError('notFound', `Alert ${id} was not found.`, { status: 404 });
      return copy(alert);
    },

    async listEvidence(incidentId, options) {
      checkSignal(options);
      findIncident(incidentId);
      return copy(evidenceByIncident[incidentId] ?? []);
    },

    async listAssignees(options) {
      checkSignal(options);
      return copy(assignees);
    },

    async whoAmI(options) {
      checkSignal(options);
      return copy(me);
    },

    updateIncident: notImplemented('updateIncident'),
    updateIncidents: notImplemented('updateIncidents'),
    getEntity: notImplemented('getEntity'),
    getEntityTimeline: notImplemented('getEntityTimeline'),
    getEntityInsights: notImplemented('getEntityInsights'),
    listComments: notImplemented('listComments'),
    addComment: notImplemented('addComment'),
    listActivity: notImplemented('listActivity'),
    listInvestigations: notImplemented('listInvestigations'),
    listRemediationActions: notImplemented('listRemediationActions'),
    decideRemediationAction: notImplemented('decideRemediationAction'),
    runRemediationAction: notImplemented('runRemediationAction'),
    runLiveResponseCommand: notImplemented('runLiveResponseCommand'),
    listPlaybooks: notImplemented('listPlaybooks'),
    runPlaybook: notImplemented('runPlaybook'),
    listPlaybookRuns: notImplemented('listPlaybookRuns'),
    listAutomationRules: notImplemented('listAutomationRules'),
    saveAutomationRule: notImplemented('saveAutomationRule'),
    deleteAutomationRule: notImplemented('deleteAutomationRule'),
    listTasks: notImplemented('listTasks'),
    saveTask: notImplemented('saveTask'),
    listSavedViews: notImplemented('listSavedViews'),
    saveSavedView: notImplemented('saveSavedView'),
    deleteSavedView: notImplemented('deleteSavedView'),
    getIncidentTrend: notImplemented('getIncidentTrend'),
    getIncidentMetrics: notImplemented('getIncidentMetrics'),
    mergeIncidents: notImplemented('mergeIncidents'),
    listSimilarIncidents: notImplemented('listSimilarIncidents'),
  };
}
