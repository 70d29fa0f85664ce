import { ApiError, type Incident, type IncidentApi } from '@soc-kit/components/api';
import type { IncidentService } from '../../packages/mock-api/src/service/index.js';
import { inMemoryIncidentApi } from './in-memory-api.js';

/** Incidents per page when a request names no `top`, as the mock service does. */
const DEFAULT_TOP = 100;

/**
 * An `IncidentApi` whose incidents are a list the benchmark holds, served in that order whatever the
 * query asks (filters and sort are ignored; pages are taken by `skip` and `top`). Operations such as
 * swapping or removing rows are then changes to that list, which a grid sees when it loads again.
 * The signed-in responder and the assignees come from `service`, as in `inMemoryIncidentApi`.
 */
export function orderedIncidentApi(service: IncidentService, incidents: () => readonly Incident[]): IncidentApi {
  const listIncidents: IncidentApi['listIncidents'] = (query, options) => {
    if (options?.signal?.aborted) return Promise.reject(new ApiError('aborted', 'The request was cancelled.'));
    const all = incidents();
    const skip = query.skip ?? 0;
    const top = query.top ?? DEFAULT_TOP;
    // No cursor: the grids under test page by `skip`.
    return Promise.resolve({ items: all.slice(skip, skip + top), totalCount: all.length, nextCursor: null });
  };
  return new Proxy(inMemoryIncidentApi(service), {
    get(target, name, receiver) {
      return name === 'listIncidents' ? listIncidents : Reflect.get(target, name, receiver);
    },
  });
}
