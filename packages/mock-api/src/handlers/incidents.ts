import type { HttpHandler } from 'msw';
import {
  parseBulkUpdate,
  parseIfMatch,
  parseIncidentInput,
  parseIncidentPatch,
  parseIncidentQuery,
} from '../validation.js';
import type { HandlerContext } from './context.js';
import { incidentResponse, itemsResponse, json } from './responses.js';
import { route } from './route.js';

/** The incident queue, one incident, bulk updates, ingestion, and the audit trail. */
export function incidentHandlers(context: HandlerContext): HttpHandler[] {
  return [
    route(context, 'get', '/incidents', async ({ url, service }) =>
      json(await service.listIncidents(parseIncidentQuery(url.searchParams))),
    ),
    route(context, 'post', '/incidents', async ({ body, service, actor, baseUrl }) => {
      const incident = await service.createIncident(actor, parseIncidentInput(await body()));
      return incidentResponse(incident, 201, { Location: `${baseUrl}/incidents/${encodeURIComponent(incident.id)}` });
    }),
    route(context, 'post', '/incidents/bulk-update', async ({ body, service, actor }) => {
      const { ids, patch } = parseBulkUpdate(await body());
      return json(await service.updateIncidents(actor, ids, patch));
    }),
    route(context, 'get', '/incidents/:id', async ({ params, service }) =>
      incidentResponse(await service.getIncident(params.id)),
    ),
    route(context, 'patch', '/incidents/:id', async ({ request, params, body, service, actor }) => {
      const ifMatch = parseIfMatch(request.headers.get('If-Match'));
      const patch = parseIncidentPatch(await body());
      return incidentResponse(await service.updateIncident(actor, params.id, patch, { ifMatch }));
    }),
    route(context, 'get', '/incidents/:id/activity', async ({ params, service }) =>
      itemsResponse(await service.listActivity(params.id)),
    ),
  ];
}
