import type { EntityType, Playbook, PlaybookRun, PlaybookTarget } from '../api/model.js';

/** Whether the run may still change: it is waiting or under way. */
export const isActive = (run: PlaybookRun): boolean => run.status === 'queued' || run.status === 'running';

/**
 * The playbooks that run on this kind of target (and, for an entity of a known type, on that
 * type) and whose name or description contains the query.
 */
export function fittingPlaybooks(
  playbooks: readonly Playbook[],
  target: PlaybookTarget,
  query = '',
  entityType?: EntityType,
): Playbook[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return playbooks.filter((playbook) => {
    if (playbook.triggerKind !== target.kind) return false;
    if (entityType && playbook.entityTypes && !playbook.entityTypes.includes(entityType)) return false;
    const text = `${playbook.name} ${playbook.description}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/**
 * Whose runs to list: the target's, and the incident's when one is named and the target is not
 * the incident itself (an incident's list holds the runs on its alerts as well).
 */
export function runSources(target: PlaybookTarget, incidentId?: string): PlaybookTarget[] {
  const sources: PlaybookTarget[] = [{ kind: target.kind, id: target.id }];
  if (incidentId && !(target.kind === 'incident' && target.id === incidentId)) {
    sources.push({ kind: 'incident', id: incidentId });
  }
  return sources;
}

/** Runs from several lists, each once, newest first. */
export function mergeRuns(lists: readonly (readonly PlaybookRun[])[]): PlaybookRun[] {
  const byId = new Map<string, PlaybookRun>();
  for (const list of lists) for (const run of list) if (!byId.has(run.id)) byId.set(run.id, run);
  // A stable sort keeps the backend's order among runs started in the same instant.
  return [...byId.values()].sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
}
