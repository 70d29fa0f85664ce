import { consume } from '@lit/context';
import { initialState, Task as AsyncTask, TaskStatus as AsyncStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ApiError } from '../api/api-error.js';
import { apiContext, principalContext, type ProvidedPrincipal } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Task, TaskDraft, TaskStatus } from '../api/model.js';
import { PrincipalController } from '../controllers/principal-controller.js';
import { TaskSavedEvent } from '../events/task-saved.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { LocaleController } from '../i18n/localizer.js';
import { SocElement } from '../internal/soc-element.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { incidentTasksStyles } from './incident-tasks.styles.js';
import { tasksCatalog } from './messages.js';
import { completionsOf, type Completion } from './task-completions.js';

/** The longest title and description the kit's backends take. */
export const MAX_TASK_TITLE_LENGTH = 256;
export const MAX_TASK_DESCRIPTION_LENGTH = 10_000;

interface LoadedTasks {
  incidentId: string;
  tasks: Task[];
  completions: Map<string, Completion>;
}

interface NewTask {
  title: string;
  description: string;
}

type FormField = keyof NewTask;

/** A completion or reopening that failed, to say so and to offer it again. */
interface FailedChange {
  task: Task;
  status: TaskStatus;
  error: unknown;
}

const EMPTY_FORM: NewTask = { title: '', description: '' };

/**
 * The Tasks tab of an incident: its checklist. Each task shows its title, description, who
 * created it and when, and, once done, who completed it and when (from the audit trail, when
 * the backend keeps one). Its checkbox completes or reopens it; "Add task" adds one (a title
 * is required, a description optional). Progress reads "2 of 5 completed".
 *
 * Nothing typed is lost: a refused task keeps the form as it was, with the reason beside the
 * field the backend names. Readers see the checklist with its controls disabled.
 *
 * @summary The task checklist of an incident: add, complete, reopen.
 *
 * @fires soc-task-saved - A task was added, completed or reopened; `detail.task` is the task as stored.
 *
 * @csspart progress - The progress summary.
 * @csspart list - The list of tasks.
 * @csspart task - One task.
 * @csspart form - The "Add task" form.
 * @csspart add-button - The "Add task" button.
 *
 * @cssproperty --soc-color-background - Surface of the tab.
 * @cssproperty --soc-color-border - Dividers and fields.
 * @cssproperty --soc-color-accent - The progress bar, the checkboxes and the "Add task" button.
 * @cssproperty --soc-color-success - The "Completed" marker.
 * @cssproperty --soc-color-danger - Field errors and failed changes.
 */
export class SocIncidentTasks extends SocElement {
  static override styles = [baseStyles, skeletonStyles, incidentTasksStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  @consume({ context: principalContext, subscribe: true })
  @state()
  private providedPrincipal?: ProvidedPrincipal;

  /** ID of the incident whose tasks to show. */
  @property({ attribute: 'incident-id' }) incidentId?: string;

  /** The loaded checklist, changed in place by what is saved here; kept while a refresh runs. */
  @state() private loaded?: LoadedTasks;
  @state() private form: NewTask = EMPTY_FORM;
  @state() private fieldErrors: Partial<Record<FormField, string>> = {};
  /** A failed add that names no field: shown under the form. */
  @state() private addFailure?: unknown;
  @state() private failedChange?: FailedChange;
  /** The status a task is being moved to, shown at once while the backend saves it. */
  @state() private changing?: { taskId: string; status: TaskStatus };

  /** Unsent new tasks by incident, so that switching incidents loses nothing typed. */
  readonly #forms = new Map<string, NewTask>();

  private readonly l10n = new LocaleController(this, tasksCatalog);

  private readonly tasksTask = new AsyncTask(this, {
    task: async ([api, incidentId], { signal }) => {
      if (!api || !incidentId || !api.capabilities.has('tasks')) return initialState;
      const [tasks, activity] = await Promise.all([
        api.listTasks(incidentId, { signal }),
        // Who completed a task is a nicety: the checklist shows without it.
        api.capabilities.has('activity') ? api.listActivity(incidentId, { signal }).catch(() => []) : [],
      ]);
      const loaded: LoadedTasks = { incidentId, tasks, completions: completionsOf(tasks, activity) };
      return loaded;
    },
    args: () => [this.api, this.incidentId] as const,
    onComplete: (loaded) => {
      this.loaded = loaded;
    },
  });

  private readonly me = new PrincipalController(this, {
    api: () => this.api,
    provided: () => this.providedPrincipal,
  });

  private readonly saveTask = new AsyncTask(this, {
    autoRun: false,
    args: (): readonly [IncidentApi | undefined, string | undefined, TaskDraft] => [this.api, this.incidentId, EMPTY_FORM],
    task: ([api, incidentId, draft]) => {
      if (!api || !incidentId) throw new ApiError('network', this.l10n.t('noService'));
      return api.saveTask(incidentId, draft);
    },
  });

  /** Loads the tasks again. */
  refresh(): void {
    void this.tasksTask.run();
  }

  private get readOnly(): boolean {
    return this.me.readOnly;
  }

  private get saving(): boolean {
    return this.saveTask.status === AsyncStatus.PENDING;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('incidentId')) {
      const previous = changed.get('incidentId');
      if (previous) this.#forms.set(previous, this.form);
      this.form = (this.incidentId && this.#forms.get(this.incidentId)) || EMPTY_FORM;
      this.fieldErrors = {};
      this.addFailure = undefined;
      this.failedChange = undefined;
    }
  }

  /** Saves `draft`; on success updates the checklist. Returns the saved task or the failure. */
  private async save(draft: TaskDraft): Promise<{ task?: Task; error?: unknown }> {
    const incidentId = this.incidentId;
    await this.saveTask.run([this.api, incidentId, draft]);
    if (this.saveTask.status === AsyncStatus.ERROR) return { error: this.saveTask.error };
    const task = this.saveTask.value!;
    const loaded = this.loaded;
    if (loaded && loaded.incidentId === task.incidentId) {
      const known = loaded.tasks.some((existing) => existing.id === task.id);
      const tasks = known
        ? loaded.tasks.map((existing) => (existing.id === task.id ? task : existing))
        : [...loaded.tasks, task];
      const completions = new Map(loaded.completions);
      const me = this.me.value?.id;
      if (task.status === 'completed' && me) completions.set(task.id, { by: me, time: task.lastModifiedDateTime });
      else completions.delete(task.id);
      this.loaded = { ...loaded, tasks, completions };
    }
    return { task };
  }

  private onCheckboxClick(event: Event, task: Task): void {
    // A click while another change saves would move the box without saving anything.
    if (this.readOnly || this.saving) {
      event.preventDefault();
      return;
    }
    void this.changeStatus(task, task.status === 'completed' ? 'new' : 'completed');
  }

  private async changeStatus(task: Task, status: TaskStatus): Promise<void> {
    this.failedChange = undefined;
    this.changing = { taskId: task.id, status };
    const { task: saved, error } = await this.save({ id: task.id, title: task.title, status });
    this.changing = undefined;
    if (saved) this.emit(new TaskSavedEvent(saved));
    else this.failedChange = { task, status, error };
  }

  private setFormField(field: FormField, value: string): void {
    this.form = { ...this.form, [field]: value };
    if (this.fieldErrors[field]) {
      const { [field]: _cleared, ...rest } = this.fieldErrors;
      this.fieldErrors = rest;
    }
  }

  private async onAdd(event: Event): Promise<void> {
    event.preventDefault();
    if (this.readOnly || this.saving) return;
    this.addFailure = undefined;
    const title = this.form.title.trim();
    if (!title) {
      this.fieldErrors = { title: this.l10n.t('titleRequired') };
      await this.focusField('title');
      return;
    }
    const description = this.form.description.trim();
    const submitted = this.form;
    const { task, error } = await this.save(description ? { title, description } : { title });
    if (task) {
      if (this.form === submitted) this.form = EMPTY_FORM;
      this.fieldErrors = {};
      this.emit(new TaskSavedEvent(task));
      await this.focusField('title');
      return;
    }
    const field = ApiError.is(error, 'validation') ? formFieldOf(error.field) : undefined;
    if (field) {
      this.fieldErrors = { [field]: describeApiError(error, { action: this.l10n.t('actionAdd') }, this.l10n).message };
      await this.focusField(field);
    } else {
      this.addFailure = error;
    }
  }

  private async focusField(field: FormField): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#new-task-${field}`)?.focus();
  }

  override render() {
    if (!this.incidentId) {
      return html`<div class="state"><p class="muted">${this.l10n.t('empty')}</p></div>`;
    }
    if (this.api && !this.api.capabilities.has('tasks')) {
      return html`<div class="state">
        <p class="empty">${this.l10n.t('unavailable')}</p>
        <p class="muted">${this.l10n.t('unavailableHint')}</p>
      </div>`;
    }
    if (this.tasksTask.status === AsyncStatus.ERROR) return this.renderError(this.tasksTask.error);
    const loaded = this.loaded?.incidentId === this.incidentId ? this.loaded : undefined;
    if (!loaded) return this.renderLoading();
    return html`${this.renderChecklist(loaded)}${this.renderForm()}`;
  }

  private renderLoading() {
    return html`<div class="skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">${this.l10n.t('loading')}</p>
      <span class="bar"></span><span></span><span></span><span></span>
    </div>`;
  }

  private renderError(error: unknown) {
    const described = describeApiError(
      error,
      { action: this.l10n.t('actionView'), loading: this.l10n.t('loadingWhat') },
      this.l10n,
    );
    return html`<div class="state error" role="alert">
      <h2>${described.title}</h2>
      <p>${described.message}</p>
      ${described.canRetry
        ? html`<button type="button" @click=${() => this.refresh()}>${this.l10n.t('action.retry')}</button>`
        : nothing}
    </div>`;
  }

  private renderChecklist({ tasks, completions }: LoadedTasks) {
    const done = tasks.filter((task) => this.shownStatus(task) === 'completed').length;
    const refreshing = this.tasksTask.status === AsyncStatus.PENDING;
    return html`<section class="checklist" aria-labelledby="tasks-heading" aria-busy=${refreshing ? 'true' : 'false'}>
      <header class="progress" part="progress">
        <h2 id="tasks-heading">${this.l10n.t('heading')}</h2>
        ${tasks.length > 0
          ? html`<progress max=${tasks.length} .value=${done} aria-labelledby="progress-text"></progress>
              <span id="progress-text" aria-live="polite">${this.l10n.t('progress', { done, count: tasks.length })}</span>`
          : nothing}
      </header>
      ${this.readOnly
        ? html`<p class="note">${this.l10n.t('readOnly')}</p>`
        : nothing}
      ${this.failedChange ? this.renderFailedChange(this.failedChange) : nothing}
      ${tasks.length === 0
        ? html`<div class="state">
            <p class="empty">${this.l10n.t('noTasks')}</p>
            <p class="muted">${this.l10n.t('noTasksHint')}</p>
          </div>`
        : html`<ul class="tasks" part="list">
            ${tasks.map((task, index) => this.renderTask(task, index, completions.get(task.id)))}
          </ul>`}
    </section>`;
  }

  /** The status a task shows: the one it is being moved to while that saves. */
  private shownStatus(task: Task): TaskStatus {
    return this.changing?.taskId === task.id ? this.changing.status : task.status;
  }

  private renderTask(task: Task, index: number, completion: Completion | undefined) {
    const status = this.shownStatus(task);
    // By position: a backend's task IDs may hold characters an ID reference cannot.
    const id = `task-${index}`;
    const busy = this.changing?.taskId === task.id;
    return html`<li class="task ${status}" part="task" data-task-id=${task.id} aria-busy=${busy ? 'true' : 'false'}>
      <input
        type="checkbox"
        id=${id}
        aria-describedby="${id}-meta"
        .checked=${live(status === 'completed')}
        ?disabled=${this.readOnly}
        aria-disabled=${this.saving ? 'true' : 'false'}
        @click=${(event: Event) => this.onCheckboxClick(event, task)}
      />
      <div class="task-body">
        <label for=${id} class="title" dir="auto">${task.title}</label>
        ${task.description ? html`<p class="description" dir="auto">${task.description}</p>` : nothing}
        <p class="meta" id="${id}-meta">
          <span
            >${this.l10n.markup('createdBy', {
              user: html`<bdi>${task.createdBy}</bdi>`,
              time: this.renderTime(task.createdDateTime),
            })}</span
          >
          ${status === 'completed' && task.status === 'completed'
            ? html`<span
                >${completion
                  ? this.l10n.markup('completedBy', {
                      user: html`<bdi>${completion.by}</bdi>`,
                      time: this.renderTime(completion.time),
                    })
                  : this.l10n.markup('completedOn', { time: this.renderTime(task.lastModifiedDateTime) })}</span
              >`
            : nothing}
        </p>
      </div>
      <span class="status ${status}">${busy ? this.l10n.t('state.saving') : this.l10n.t(`taskStatus.${status}`)}</span>
    </li>`;
  }

  private renderFailedChange({ task, status, error }: FailedChange) {
    const described = describeApiError(error, { action: this.l10n.t('actionChange') }, this.l10n);
    const failed = this.l10n.markup(status === 'completed' ? 'completeFailed' : 'reopenFailed', {
      title: html`<bdi>${task.title}</bdi>`,
      reason: described.title,
    });
    return html`<div class="failure" role="alert">
      <p><strong>${failed}</strong> ${described.message}</p>
      ${described.canRetry
        ? html`<button type="button" @click=${() => void this.changeStatus(task, status)}>
            ${this.l10n.t('action.retry')}
          </button>`
        : nothing}
    </div>`;
  }

  private renderTime(iso: string) {
    return html`<time datetime=${iso}>${this.l10n.dateTime(iso)}</time>`;
  }

  private renderForm() {
    const readOnly = this.readOnly;
    const { title: titleError, description: descriptionError } = this.fieldErrors;
    const failure = this.addFailure;
    const described =
      failure === undefined ? undefined : describeApiError(failure, { action: this.l10n.t('actionAdd') }, this.l10n);
    const adding = this.saving && !this.changing;
    return html`<form class="add" part="form" aria-labelledby="add-heading" novalidate @submit=${this.onAdd}>
      <h3 id="add-heading">${this.l10n.t('addTask')}</h3>
      <div class="field">
        <label for="new-task-title">${this.l10n.t('title')} <span class="required" aria-hidden="true">*</span></label>
        <input
          id="new-task-title"
          required
          maxlength=${MAX_TASK_TITLE_LENGTH}
          autocomplete="off"
          aria-invalid=${titleError ? 'true' : 'false'}
          aria-describedby=${ifDefined(titleError ? 'new-task-title-error' : undefined)}
          ?disabled=${readOnly}
          .value=${live(this.form.title)}
          @input=${(event: Event) => this.setFormField('title', (event.target as HTMLInputElement).value)}
        />
        ${titleError ? html`<p class="field-error" id="new-task-title-error">${titleError}</p>` : nothing}
      </div>
      <div class="field">
        <label for="new-task-description"
          >${this.l10n.t('description')} <span class="optional">${this.l10n.t('optional')}</span></label
        >
        <textarea
          id="new-task-description"
          rows="2"
          maxlength=${MAX_TASK_DESCRIPTION_LENGTH}
          aria-invalid=${descriptionError ? 'true' : 'false'}
          aria-describedby=${ifDefined(descriptionError ? 'new-task-description-error' : undefined)}
          ?disabled=${readOnly}
          .value=${live(this.form.description)}
          @input=${(event: Event) => this.setFormField('description', (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${descriptionError
          ? html`<p class="field-error" id="new-task-description-error">${descriptionError}</p>`
          : nothing}
      </div>
      <div class="actions">
        <button
          type="submit"
          class="primary"
          part="add-button"
          ?disabled=${readOnly}
          aria-disabled=${this.saving ? 'true' : 'false'}
        >
          ${adding ? this.l10n.t('adding') : this.l10n.t('addTask')}
        </button>
      </div>
      ${described
        ? html`<div class="failure" role="alert">
            <p><strong>${this.l10n.t('addFailed', { reason: described.title })}</strong> ${described.message}</p>
            ${described.canRetry ? html`<button type="submit">${this.l10n.t('action.retry')}</button>` : nothing}
          </div>`
        : nothing}
    </form>`;
  }
}

/** The form field a backend's validation error names (`title`, `task.description`, ...). */
function formFieldOf(field: string | undefined): FormField | undefined {
  const name = field?.split('.').at(-1);
  return name === 'title' || name === 'description' ? name : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-incident-tasks': SocIncidentTasks;
  }
}
