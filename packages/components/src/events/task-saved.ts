import type { Task } from '../api/model.js';

export interface TaskSavedDetail {
  /** The task as the backend stored it: added, completed or reopened. */
  task: Task;
}

/** A person added, completed or reopened an incident's task; the activity log can refresh. */
export class TaskSavedEvent extends CustomEvent<TaskSavedDetail> {
  static readonly type = 'soc-task-saved';

  constructor(task: Task) {
    super(TaskSavedEvent.type, { detail: { task }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-task-saved': TaskSavedEvent;
  }
}
