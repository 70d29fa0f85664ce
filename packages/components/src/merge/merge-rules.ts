import type { CallOptions, IncidentApi } from '../api/incident-api.js';
import type { Incident } from '../api/model.js';

/**
 * The incident a merge keeps unless the person picks another: the one with the most alerts, as the
 * most of the investigation is already there; of those, the oldest (created first), the one
 * analysts have known longest. `undefined` for no incidents.
 */
export function defaultMergeTarget(incidents: readonly Incident[]): Incident | undefined {
  let best: Incident | undefined;
  for (const incident of incidents) {
    if (
      !best ||
      incident.alertCount > best.alertCount ||
      (incident.alertCount === best.alertCount && Date.parse(incident.createdDateTime) < Date.parse(best.createdDateTime))
    ) {
      best = incident;
    }
  }
  return best;
}

/** Whether `incident` was merged into another: it has no content of its own, and names where it went. */
export function isRedirected(incident: Pick<Incident, 'status' | 'redirectIncidentId'>): boolean {
  return incident.status === 'redirected' && !!incident.redirectIncidentId;
}

/**
 * How many merges in a row an opened incident is followed through. A merge moves everything to
 * its target, so a chain is as long as the times an incident was merged again, which stays short;
 * a longer one (or a loop, which a backend should never give) is reported rather than followed.
 */
export const MAX_REDIRECTS = 5;

/** An incident leads through more merges than `MAX_REDIRECTS`, or back to itself. */
export class RedirectChainError extends Error {
  override readonly name = 'RedirectChainError';

  constructor(
    /** The incident asked for. */
    readonly fromId: string,
    /** The incidents the chain went through, in order, the one asked for first. */
    readonly chain: readonly string[],
  ) {
    super(`Incident ${fromId} leads through more than ${MAX_REDIRECTS} merged incidents.`);
  }
}

export interface FollowedIncident {
  /** The incident at the end of the chain: the one asked for, unless it was merged into another. */
  incident: Incident;
  /** The incident asked for, when it was merged and `incident` is where it went. */
  redirectedFrom?: string;
}

/**
 * Loads incident `id`; a merged one leads to the incident it was merged into, and that one on, up
 * to `MAX_REDIRECTS` times. Rejects as `getIncident` does (an `ApiError`), or with a
 * `RedirectChainError` for a chain too long or a loop.
 */
export async function getIncidentFollowingRedirects(api: IncidentApi, id: string, options?: CallOptions): Promise<FollowedIncident> {
  const chain = [id];
  let incident = await api.getIncident(id, options);
  while (isRedirected(incident)) {
    const next = incident.redirectIncidentId!;
    if (chain.includes(next) || chain.length > MAX_REDIRECTS) throw new RedirectChainError(id, chain);
    chain.push(next);
    incident = await api.getIncident(next, options);
  }
  return chain.length > 1 ? { incident, redirectedFrom: id } : { incident };
}
