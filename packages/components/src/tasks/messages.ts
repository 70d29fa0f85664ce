import { defineMessages } from '../i18n/messages.js';

/** The Tasks tab's strings (English source). */
export const tasksMessages = {
  empty: 'Select an incident to see its tasks.',
  unavailable: "Tasks aren't available",
  unavailableHint: "The connected incident service doesn't keep tasks.",
  loading: 'Loading tasks…',
  actionView: 'view the tasks of this incident',
  loadingWhat: 'tasks',
  actionChange: 'change tasks',
  actionAdd: 'add tasks',
  noService: 'No incident service is connected.',

  heading: 'Tasks',
  progress: '{done} of {count} completed',
  readOnly: 'Your role can view the tasks of this incident but cannot change them.',
  noTasks: 'No tasks yet',
  noTasksHint: 'Add the steps that work this incident through to its end.',
  createdBy: 'Created by {user} on {time}',
  completedBy: 'Completed by {user} on {time}',
  completedOn: 'Completed on {time}',
  completeFailed: 'Couldn\'t complete "{title}". {reason}.',
  reopenFailed: 'Couldn\'t reopen "{title}". {reason}.',

  addTask: 'Add task',
  adding: 'Adding…',
  title: 'Title',
  description: 'Description',
  optional: '(optional)',
  titleRequired: 'Enter a title for the task.',
  addFailed: 'The task was not added. {reason}.',
} as const;

export const tasksCatalog = defineMessages('tasks', tasksMessages, {
  de: () => import('./messages.de.js'),
  ja: () => import('./messages.ja.js'),
});
