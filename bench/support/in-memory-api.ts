import { ApiError, type IncidentApi } from '@soc-kit/components/api';
import type { IncidentService } from '../../packages/mock-api/src/service/index.js';

/**
 * An `IncidentApi` straight over an in-memory service, with no transport: a benchmark of the grid
 * must not time request serialisation. It answers only what the queues ask (incidents, alerts, the
 * signed-in responder, assignees); every other method rejects.
 */
export function inMemoryIncidentApi(service: IncidentService): IncidentApi {
  const answer = <T>(signal: AbortSignal | undefined, read: () => T): Promise<T> => {
    if (signal?.aborted) return Promise.reject(new ApiError('aborted', 'The request was cancelled.'));
    try {
      return Promise.resolve(read());
    } catch (error) {
      return Promise.reject(new ApiError('server', error instanceof Error ? error.message : String(error), { cause: error }));
    }
  };
  const supported: Partial<IncidentApi> = {
    capabilities: new Set(['alertQueue']),
    listIncidents: (query, options) => answer(options?.signal, () => service.listIncidents(query)),
    listAlerts: (query, options) => answer(options?.signal, () => service.listAlerts(query)),
    whoAmI: (options) => answer(options?.signal, () => service.principalFor('responder')),
    listAssignees: (options) => answer(options?.signal, () => service.listAssignees()),
  };
  return new Proxy(supported, {
    get(target, name, receiver) {
      // Not a thenable: an awaited client must stay a client.
      if (name in target || typeof name === 'symbol' || name === 'then') return Reflect.get(target, name, receiver);
      return () => Promise.reject(new ApiError('server', `The benchmark backend does not implement ${name}.`));
    },
  }) as IncidentApi;
}
