import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError } from '../api/api-error.js';
import { apiContext, principalContext, type ProvidedPrincipal } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { EntityType, Playbook, PlaybookRun, PlaybookTarget } from '../api/model.js';
import { isolate, renderIsolated } from '../i18n/isolate.js';
import { ModalDialogController } from '../controllers/modal-dialog-controller.js';
import { PrincipalController } from '../controllers/principal-controller.js';
import { PlaybookRunEndEvent } from '../events/playbook-run-end.js';
import { PlaybookRunStartEvent } from '../events/playbook-run-start.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { closeIcon } from '../internal/icons.js';
import { LocaleController } from '../i18n/localizer.js';
import { SocElement } from '../internal/soc-element.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { playbookRunnerStyles } from './playbook-runner.styles.js';
import { playbooksCatalog } from './messages.js';
import { fittingPlaybooks, isActive, mergeRuns, runSources } from './playbook-runs.js';
import { runStatusMarker, runStatusStyles } from './run-status.js';

const playIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true">
  <path d="M5 3.87v8.26a.5.5 0 0 0 .76.43l6.6-4.13a.5.5 0 0 0 0-.86l-6.6-4.13a.5.5 0 0 0-.76.43Z" />
</svg>`;

const chevronIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true">
  <path d="M5.65 3.15a.5.5 0 0 1 .7 0l4.5 4.5a.5.5 0 0 1 0 .7l-4.5 4.5a.5.5 0 0 1-.7-.7L9.79 8 5.65 3.85a.5.5 0 0 1 0-.7Z" />
</svg>`;

/** A zero or negative interval would ask the backend without pause. */
const MIN_POLL_INTERVAL_MS = 50;

/**
 * Runs a playbook on an incident, an alert or an entity, and follows it. "Run playbook" opens a
 * dialog listing the playbooks that fit the target (searchable); "Run" starts one and the dialog
 * then follows the run — its status and log update while it is queued or running. Below the
 * button, the runs on the target (and on its incident, when `incidentId` is set) with their
 * status, times and who triggered them; each run opens to show its log.
 *
 * The backend is asked again every `pollIntervalMs` while a run is queued or running.
 *
 * @summary Run playbooks on an incident, alert or entity and follow their runs.
 *
 * @fires soc-playbook-run-start - A run was started; `detail.run` is the run as queued.
 * @fires soc-playbook-run-end - A run seen queued or running has ended; `detail.run` is the run as it ended.
 *
 * @csspart run-button - The "Run playbook" button.
 * @csspart dialog - The native `<dialog>` that picks a playbook and follows its run.
 * @csspart runs - The table of runs.
 * @csspart log - A run's log.
 *
 * @cssproperty --soc-color-background - Surfaces of the list and the dialog.
 * @cssproperty --soc-color-border - Dividers and table lines.
 * @cssproperty --soc-color-accent - The primary button and the running marker.
 * @cssproperty --soc-color-selected - The chosen playbook.
 * @cssproperty --soc-color-success - Marker of succeeded runs.
 * @cssproperty --soc-color-danger - Marker of failed runs and errors.
 * @cssproperty --soc-shadow - The dialog's shadow.
 */
export class SocPlaybookRunner extends SocElement {
  static override styles = [baseStyles, skeletonStyles, runStatusStyles, playbookRunnerStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  @consume({ context: principalContext, subscribe: true })
  @state()
  private providedPrincipal?: ProvidedPrincipal;

  /** What playbooks run on: an incident, an alert or an entity. */
  @property({ attribute: false }) target?: PlaybookTarget;

  /** The incident the target belongs to: its runs are listed too. */
  @property({ attribute: 'incident-id' }) incidentId?: string;

  /** The target's name for the dialog ("CONTOSO-WS-01"); its kind and ID when absent. */
  @property({ attribute: 'target-name' }) targetName?: string;

  /** For an entity target, its type: only the playbooks that run on that type are offered. */
  @property({ attribute: 'entity-type' }) entityType?: EntityType;

  /** How often runs still queued or running are read again, in milliseconds (at least 50). */
  @property({ type: Number, attribute: 'poll-interval-ms' }) pollIntervalMs = 2_000;

  @state() private open = false;
  @state() private search = '';
  @state() private chosenId?: string;
  /** The run the dialog follows once started. */
  @state() private followed?: PlaybookRun;
  @state() private startAttempted = false;
  @state() private showChoiceHint = false;
  @state() private expanded = new Set<string>();
  /** The last list of runs that loaded, kept while a refresh is pending or failed. */
  @state() private lastRuns?: PlaybookRun[];

  #pollTimer?: ReturnType<typeof setTimeout>;

  private readonly l10n = new LocaleController(this, playbooksCatalog);

  private readonly me = new PrincipalController(this, {
    api: () => this.api,
    provided: () => this.providedPrincipal,
  });

  private readonly playbooks = new Task(this, {
    // A reader is not offered playbooks to pick: the run would only be refused.
    task: ([api, open, readOnly], { signal }) =>
      api && open && !readOnly && api.capabilities.has('playbooks') ? api.listPlaybooks({ signal }) : initialState,
    args: () => [this.api, this.open, this.readOnly] as const,
  });

  private readonly runs = new Task(this, {
    task: async ([api, kind, id, incidentId], { signal }) => {
      if (!api || !kind || !id || !api.capabilities.has('playbooks')) return initialState;
      const lists = await Promise.all(
        runSources({ kind, id }, incidentId).map((source) => api.listPlaybookRuns(source, { signal })),
      );
      return mergeRuns(lists);
    },
    args: () => [this.api, this.target?.kind, this.target?.id, this.incidentId] as const,
    onComplete: (runs) => {
      const before = this.lastRuns;
      this.lastRuns = runs;
      // A run seen active that has now ended: what it did (a comment, a ticket) is in the record.
      for (const run of runs) {
        const seen = before?.find((candidate) => candidate.id === run.id);
        if (seen && isActive(seen) && !isActive(run)) this.emit(new PlaybookRunEndEvent(run));
      }
      this.schedulePoll();
    },
  });

  private readonly starting = new Task(this, {
    autoRun: false,
    args: () => [this.api, this.target, this.chosenId] as const,
    task: async ([api, target, playbookId]) => {
      if (!api || !target || !playbookId) throw new ApiError('validation', this.l10n.t('choosePlaybook'));
      const run = await api.runPlaybook(playbookId, target);
      this.followed = run;
      this.emit(new PlaybookRunStartEvent(run));
      void this.runs.run();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#follow-title')?.focus();
      return run;
    },
  });

  constructor() {
    super();
    // Escape and closing go through `close()`, so that state and focus follow at once.
    new ModalDialogController(this, {
      dialog: () => this.renderRoot.querySelector('dialog'),
      open: () => this.open,
      close: () => this.close(),
      afterShow: () => this.renderRoot.querySelector<HTMLElement>('#search')?.focus(),
      returnFocus: () => this.renderRoot.querySelector<HTMLElement>('#run-playbook'),
    });
  }

  /** Opens the dialog to pick a playbook. */
  show(): void {
    if (!this.canRun) return;
    this.open = true;
  }

  /** Closes the dialog; a started run goes on and stays in the list. */
  close(): void {
    this.open = false;
  }

  /** Reads the runs again. */
  refresh(): void {
    void this.runs.run();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.lastRuns) this.schedulePoll();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#pollTimer);
    this.#pollTimer = undefined;
  }

  override willUpdate(changed: PropertyValues): void {
    const before = changed.get('target') as PlaybookTarget | undefined;
    const targetChanged =
      changed.has('target') && (before?.kind !== this.target?.kind || before?.id !== this.target?.id);
    if (targetChanged || (changed.has('incidentId') && changed.get('incidentId') !== undefined)) {
      this.lastRuns = undefined;
      this.expanded = new Set();
      if (targetChanged) this.open = false;
    }
    if (changed.has('open') && this.open) this.startChoosing();
  }

  private startChoosing(): void {
    this.search = '';
    this.chosenId = undefined;
    this.followed = undefined;
    this.startAttempted = false;
    this.showChoiceHint = false;
  }

  private schedulePoll(): void {
    clearTimeout(this.#pollTimer);
    this.#pollTimer = undefined;
    const following = this.followed && this.open && isActive(this.followedRun!);
    if (!this.isConnected || !(following || this.lastRuns?.some(isActive))) return;
    this.#pollTimer = setTimeout(() => {
      this.#pollTimer = undefined;
      void this.runs.run();
    }, Math.max(MIN_POLL_INTERVAL_MS, this.pollIntervalMs));
  }

  /** The followed run as last read. */
  private get followedRun(): PlaybookRun | undefined {
    const followed = this.followed;
    return followed && (this.lastRuns?.find((run) => run.id === followed.id) ?? followed);
  }

  private get readOnly(): boolean {
    return this.me.readOnly;
  }

  private get canRun(): boolean {
    return !!this.api && !!this.target && this.api.capabilities.has('playbooks') && !this.readOnly;
  }

  /** The target as the dialog names it, its user data marked (see `isolate`). */
  private get targetText(): string {
    const target = this.target!;
    return this.targetName ? isolate(this.targetName) : this.l10n.t(`target.${target.kind}`, { id: isolate(target.id) });
  }

  // ---------------------------------------------------------------------------
  // The element: "Run playbook" and the runs
  // ---------------------------------------------------------------------------

  override render() {
    if (this.api && !this.api.capabilities.has('playbooks')) {
      return html`<p class="muted state">${this.l10n.t('notAvailable')}</p>`;
    }
    if (!this.target) {
      return html`<p class="muted state">${this.l10n.t('noTarget')}</p>`;
    }
    return html`<div class="toolbar">
        <button
          id="run-playbook"
          type="button"
          class="primary"
          part="run-button"
          aria-haspopup="dialog"
          aria-disabled=${this.canRun ? 'false' : 'true'}
          aria-describedby=${this.readOnly ? 'read-only' : nothing}
          @click=${() => this.show()}
        >
          ${playIcon} ${this.l10n.t('runPlaybook')}
        </button>
        ${this.readOnly ? html`<span id="read-only" class="muted">${this.l10n.t('readOnly')}</span>` : nothing}
      </div>
      <section class="runs" aria-labelledby="runs-title">
        <h2 id="runs-title">${this.l10n.t('runsHeading')}</h2>
        ${this.renderRuns()}
      </section>
      ${this.renderDialog()}`;
  }

  private renderRuns() {
    const runs = this.lastRuns;
    switch (this.runs.status) {
      case TaskStatus.INITIAL:
      case TaskStatus.PENDING:
        return runs ? this.renderRunTable(runs) : this.renderRunsLoading();
      case TaskStatus.ERROR: {
        const described = describeApiError(
          this.runs.error,
          { action: this.l10n.t('actionViewRuns'), loading: this.l10n.t('loadingRunsWhat') },
          this.l10n,
        );
        return html`<div class="state error" role="alert">
            <h3>${runs ? this.l10n.t('runsRefreshFailed') : described.title}</h3>
            <p>${described.message}</p>
            ${described.canRetry
              ? html`<button type="button" @click=${() => this.refresh()}>${this.l10n.t('action.retry')}</button>`
              : nothing}
          </div>
          ${runs ? this.renderRunTable(runs) : nothing}`;
      }
      case TaskStatus.COMPLETE:
        return this.renderRunTable(runs ?? []);
    }
  }

  private renderRunsLoading() {
    return html`<div class="skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">${this.l10n.t('loadingRuns')}</p>
      <span></span><span></span><span></span>
    </div>`;
  }

  private renderRunTable(runs: PlaybookRun[]) {
    if (runs.length === 0) {
      return html`<p class="empty">${this.l10n.t('noRuns')}</p>
        <p class="muted">${this.l10n.t(`noRunsHint.${this.target!.kind}`)}</p>`;
    }
    return html`<div class="table-scroll">
      <table part="runs">
        <caption class="visually-hidden">
          ${this.l10n.t('runsHeading')}
        </caption>
        <colgroup>
          <col />
          <col class="status-column" />
          <col class="time-column" />
          <col class="time-column" />
          <col class="person-column" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">${this.l10n.t('playbook')}</th>
            <th scope="col">${this.l10n.t('status')}</th>
            <th scope="col">${this.l10n.t('started')}</th>
            <th scope="col">${this.l10n.t('finished')}</th>
            <th scope="col">${this.l10n.t('triggeredBy')}</th>
          </tr>
        </thead>
        ${runs.map((run) => this.renderRunRows(run))}
      </table>
    </div>`;
  }

  private renderRunRows(run: PlaybookRun) {
    const expanded = this.expanded.has(run.id);
    return html`<tbody data-run-id=${run.id}>
      <tr class=${expanded ? 'expanded' : ''}>
        <th scope="row">
          <button
            type="button"
            class="disclosure"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls="log-${run.id}"
            @click=${() => this.toggle(run.id)}
          >
            ${chevronIcon}<span dir="auto">${run.playbookName}</span>
          </button>
        </th>
        <td>${runStatusMarker(run.status, this.l10n)}</td>
        <td class="time">${this.renderTime(run.startedAt)}</td>
        <td class="time">${this.renderTime(run.finishedAt)}</td>
        <td><bdi>${run.triggeredBy}</bdi></td>
      </tr>
      <tr class="details" id="log-${run.id}" ?hidden=${!expanded}>
        <td colspan="5">
          ${expanded
            ? html`<p class="muted">
                  ${renderIsolated(this.l10n.t(`runOn.${run.target.kind}`, { id: isolate(run.target.id), runId: isolate(run.id) }))}
                </p>
                ${this.renderLog(run)}`
            : nothing}
        </td>
      </tr>
    </tbody>`;
  }

  private toggle(runId: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(runId)) expanded.add(runId);
    this.expanded = expanded;
  }

  private renderLog(run: PlaybookRun) {
    return html`<ol class="log" part="log" aria-label=${this.l10n.t('logOf', { playbook: isolate(run.playbookName) })}>
      ${run.log.map(
        (line) => html`<li>
          <time datetime=${line.time}>${this.l10n.time(line.time)}</time>
          <span dir="auto">${line.message}</span>
        </li>`,
      )}
    </ol>`;
  }

  private renderTime(iso: string | null | undefined) {
    return iso ? html`<time datetime=${iso}>${this.l10n.dateTime(iso)}</time>` : '—';
  }

  // ---------------------------------------------------------------------------
  // The dialog: pick a playbook, then follow its run
  // ---------------------------------------------------------------------------

  private renderDialog() {
    const following = this.followedRun;
    return html`<dialog part="dialog" aria-labelledby="dialog-title" aria-describedby="dialog-target">
      ${this.open
        ? html`<form novalidate @submit=${this.onSubmit}>
            <header>
              <h2 id="dialog-title">${this.l10n.t('runPlaybook')}</h2>
              <button
                type="button"
                class="icon"
                aria-label=${this.l10n.t('action.close')}
                title=${this.l10n.t('action.close')}
                @click=${() => this.close()}
              >
                ${closeIcon}
              </button>
              <p class="subtitle" id="dialog-target">${renderIsolated(this.l10n.t('onTarget', { target: this.targetText }))}</p>
            </header>
            ${following ? this.renderFollow(following) : this.readOnly ? this.renderReadOnly() : this.renderChoose()}
          </form>`
        : nothing}
    </dialog>`;
  }

  private renderChoose() {
    const starting = this.starting.status === TaskStatus.PENDING;
    return html`<div class="body">
        <div class="search">
          <label class="visually-hidden" for="search">${this.l10n.t('searchPlaybooks')}</label>
          <input
            id="search"
            type="search"
            dir="auto"
            placeholder=${this.l10n.t('searchPlaybooks')}
            autocomplete="off"
            .value=${this.search}
            @input=${(event: InputEvent) => (this.search = (event.target as HTMLInputElement).value)}
            @keydown=${this.onSearchKeydown}
          />
        </div>
        ${this.playbooks.render({
          initial: () => this.renderPlaybooksLoading(),
          pending: () => this.renderPlaybooksLoading(),
          error: (error) => {
            const described = describeApiError(
              error,
              { action: this.l10n.t('actionViewPlaybooks'), loading: this.l10n.t('loadingPlaybooksWhat') },
              this.l10n,
            );
            return html`<div class="state error" role="alert">
              <h3>${described.title}</h3>
              <p>${described.message}</p>
              ${described.canRetry
                ? html`<button type="button" @click=${() => void this.playbooks.run()}>${this.l10n.t('action.retry')}</button>`
                : nothing}
            </div>`;
          },
          complete: (playbooks) => this.renderPlaybookChoices(playbooks),
        })}
        ${this.renderStartError()}
      </div>
      <footer>
        <button
          type="submit"
          class="primary"
          aria-disabled=${starting || this.playbooks.status !== TaskStatus.COMPLETE ? 'true' : 'false'}
        >
          ${starting ? this.l10n.t('starting') : this.l10n.t('run')}
        </button>
        <button type="button" @click=${() => this.close()}>${this.l10n.t('action.cancel')}</button>
      </footer>`;
  }

  /** Opened before the role was known, by a reader: the reason instead of playbooks that could not run. */
  private renderReadOnly() {
    return html`<div class="body">
        <p class="state read-only-note" role="status">${this.l10n.t('readOnly')}</p>
      </div>
      <footer>
        <button type="button" @click=${() => this.close()}>${this.l10n.t('action.close')}</button>
      </footer>`;
  }

  private renderPlaybooksLoading() {
    return html`<div class="skeleton choices-skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">${this.l10n.t('loadingPlaybooks')}</p>
      <span></span><span></span><span></span>
    </div>`;
  }

  private renderPlaybookChoices(playbooks: Playbook[]) {
    const target = this.target!;
    const fitting = fittingPlaybooks(playbooks, target, this.search, this.entityType);
    if (fitting.length === 0) {
      const anyFit = fittingPlaybooks(playbooks, target, '', this.entityType).length > 0;
      return html`<p class="empty choices-empty" role="status">
        ${anyFit
          ? renderIsolated(this.l10n.t('noMatch', { query: isolate(this.search.trim()) }))
          : this.l10n.t(`noPlaybooks.${target.kind}`)}
      </p>`;
    }
    return html`<fieldset class="choices" aria-describedby=${this.showChoiceHint ? 'choice-hint' : nothing}>
        <legend class="visually-hidden">${this.l10n.t(`playbooksFor.${target.kind}`)}</legend>
        ${fitting.map(
          (playbook) => html`<label class="choice" data-playbook-id=${playbook.id}>
            <input
              type="radio"
              name="playbook"
              .value=${playbook.id}
              .checked=${playbook.id === this.chosenId}
              @change=${() => this.choose(playbook.id)}
            />
            <span class="choice-text">
              <span class="choice-name" dir="auto">${playbook.name}</span>
              <span class="choice-description" dir="auto">${playbook.description}</span>
            </span>
          </label>`,
        )}
      </fieldset>
      ${this.showChoiceHint
        ? html`<p id="choice-hint" class="hint error-text" role="alert">${this.l10n.t('choosePlaybook')}</p>`
        : nothing}`;
  }

  private choose(playbookId: string): void {
    this.chosenId = playbookId;
    this.showChoiceHint = false;
    this.startAttempted = false;
  }

  private renderStartError() {
    if (!this.startAttempted || this.starting.status !== TaskStatus.ERROR) return nothing;
    const described = describeApiError(this.starting.error, { action: this.l10n.t('actionRun') }, this.l10n);
    return html`<div class="state error start-error" role="alert">
      <h3>${described.title}</h3>
      <p>${described.message}</p>
      ${described.canRetry ? html`<p class="muted">${this.l10n.t('pressRunAgain')}</p>` : nothing}
    </div>`;
  }

  private renderFollow(run: PlaybookRun) {
    const refreshFailed = this.runs.status === TaskStatus.ERROR;
    return html`<div class="body follow">
        <h3 id="follow-title" tabindex="-1" dir="auto">${run.playbookName}</h3>
        <dl class="run-facts">
          <dt>${this.l10n.t('status')}</dt>
          <dd><span role="status">${runStatusMarker(run.status, this.l10n)}</span></dd>
          <dt>${this.l10n.t('started')}</dt>
          <dd>${this.renderTime(run.startedAt)}</dd>
          <dt>${this.l10n.t('finished')}</dt>
          <dd>${this.renderTime(run.finishedAt)}</dd>
          <dt>${this.l10n.t('triggeredBy')}</dt>
          <dd><bdi>${run.triggeredBy}</bdi></dd>
        </dl>
        ${refreshFailed ? this.renderRefreshError() : nothing}
        <h4>${this.l10n.t('log')}</h4>
        ${this.renderLog(run)}
      </div>
      <footer>
        <button type="button" class="primary" @click=${() => this.startChoosing()}>${this.l10n.t('runAnother')}</button>
        <button type="button" @click=${() => this.close()}>${this.l10n.t('action.close')}</button>
      </footer>`;
  }

  private renderRefreshError() {
    const described = describeApiError(this.runs.error, { action: this.l10n.t('actionViewRuns') }, this.l10n);
    return html`<div class="state error" role="alert">
      <h3>${this.l10n.t('runRefreshFailed')}</h3>
      <p>${described.message}</p>
      ${described.canRetry
        ? html`<button type="button" @click=${() => this.refresh()}>${this.l10n.t('action.retry')}</button>`
        : nothing}
    </div>`;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.followed || this.starting.status === TaskStatus.PENDING) return;
    if (this.playbooks.status !== TaskStatus.COMPLETE) return;
    const visible = fittingPlaybooks(this.playbooks.value ?? [], this.target!, this.search, this.entityType);
    if (!visible.some((playbook) => playbook.id === this.chosenId)) {
      this.showChoiceHint = true;
      return;
    }
    this.startAttempted = true;
    void this.starting.run();
  }

  /** Enter in the search box only searches: running a playbook takes the Run button. */
  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') event.preventDefault();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-playbook-runner': SocPlaybookRunner;
  }
}
