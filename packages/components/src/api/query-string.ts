import { INCIDENT_QUERY_FIELDS } from './incident-query-fields.js';
import type { AlertQuery, IncidentQuery, PlaybookTarget, RemediationActionFilter, TimelineQuery } from './model.js';

/**
 * Query strings of the kit's REST API. Array filters repeat their parameter
 * (`?status=active&status=inProgress`) so that values need no escaping of separators.
 */

function appendAll(params: URLSearchParams, name: string, values: readonly string[] | undefined): void {
  for (const value of values ?? []) params.append(name, value);
}

function appendDefined(params: URLSearchParams, name: string, value: string | number | undefined): void {
  if (value !== undefined) params.set(name, String(value));
}

export function incidentQueryParams(query: IncidentQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of INCIDENT_QUERY_FIELDS) {
    const value = query[field.name];
    if (Array.isArray(value)) appendAll(params, field.name, value);
    else appendDefined(params, field.name, value as string | undefined);
  }
  if (query.sort) {
    params.set('sort', query.sort.field);
    params.set('order', query.sort.direction);
  }
  appendDefined(params, 'top', query.top);
  appendDefined(params, 'skip', query.skip);
  appendDefined(params, 'cursor', query.cursor);
  return params;
}

const ALERT_LIST_FILTERS = [
  'status',
  'severity',
  'serviceSources',
  'detectionSources',
  'assignedTo',
  'classification',
  'determination',
  'categories',
  'investigationState',
  'incidentIds',
] as const satisfies readonly (keyof AlertQuery)[];

export function alertQueryParams(query: AlertQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of ALERT_LIST_FILTERS) appendAll(params, name, query[name]);
  appendDefined(params, 'createdAfter', query.createdAfter);
  appendDefined(params, 'createdBefore', query.createdBefore);
  appendDefined(params, 'search', query.search);
  if (query.sort) {
    params.set('sort', query.sort.field);
    params.set('order', query.sort.direction);
  }
  appendDefined(params, 'top', query.top);
  appendDefined(params, 'skip', query.skip);
  appendDefined(params, 'cursor', query.cursor);
  return params;
}

export function timelineQueryParams(query: TimelineQuery): URLSearchParams {
  const params = new URLSearchParams();
  params.set('from', query.from);
  params.set('to', query.to);
  appendAll(params, 'kinds', query.kinds);
  appendDefined(params, 'cursor', query.cursor);
  appendDefined(params, 'limit', query.limit);
  return params;
}

export function remediationFilterParams(filter: RemediationActionFilter): URLSearchParams {
  const params = new URLSearchParams();
  appendDefined(params, 'incidentId', filter.incidentId);
  appendDefined(params, 'investigationId', filter.investigationId);
  appendDefined(params, 'entityId', filter.entityId);
  appendAll(params, 'status', filter.status);
  return params;
}

export function playbookTargetParams(target: PlaybookTarget): URLSearchParams {
  return new URLSearchParams({ targetKind: target.kind, targetId: target.id });
}
