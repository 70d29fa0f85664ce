import type { ActivityEntry, Task } from '../api/model.js';

/** Who completed a task and when. */
export interface Completion {
  by: string;
  time: string;
}

const completes = (entry: ActivityEntry) =>
  entry.action === 'task' && entry.changes.some((change) => change.field === 'task.status' && change.to === 'completed');

/**
 * Who completed each completed task, read from the audit trail: a task names no one but its
 * creator, while the trail records the completion at the moment the task last changed. Of
 * several completions at that moment, the one whose words name the task wins.
 */
export function completionsOf(tasks: readonly Task[], activity: readonly ActivityEntry[]): Map<string, Completion> {
  const candidates = activity.filter(completes);
  const found = new Map<string, Completion>();
  for (const task of tasks) {
    if (task.status !== 'completed') continue;
    const atTheTime = candidates.filter((entry) => Date.parse(entry.time) === Date.parse(task.lastModifiedDateTime));
    const entry =
      atTheTime.find((candidate) => candidate.detail?.endsWith(task.title)) ??
      (atTheTime.length === 1 ? atTheTime[0] : undefined);
    if (entry) found.set(task.id, { by: entry.actor, time: entry.time });
  }
  return found;
}
