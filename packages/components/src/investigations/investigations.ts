import { consume } from '@lit/context';
import { initialState, Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { apiContext, principalContext, type ProvidedPrincipal } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Evidence, Investigation, RemediationAction } from '../api/model.js';
import { PollController, pollDelay, pollsAfter } from '../controllers/poll-controller.js';
import { PrincipalController } from '../controllers/principal-controller.js';
import { RovingFocusController } from '../controllers/roving-focus-controller.js';
import { RemediationChangedEvent } from '../events/remediation-changed.js';
import { LocaleController } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { closeIcon } from '../internal/icons.js';
import { SocElement } from '../internal/soc-element.js';
import { changedActions, describeAction } from '../remediation/action-changes.js';
import { decisionButtons, decisionButtonStyles, type Decision } from '../remediation/decision-buttons.js';
import { remediationCatalog } from '../remediation/messages.js';
import { isInFlight, newestFirst } from '../remediation/remediation-catalog.js';
import { RemediationDialogController } from '../remediation/remediation-dialog-controller.js';
import { remediationDialogStyles } from '../remediation/remediation-dialog.styles.js';
import { responseTabStyles } from '../remediation/response-tab.styles.js';
import {
  actionLine,
  investigationStateMarker,
  isInvestigationWorking,
  statusMarkerStyles,
  verdictMarker,
} from '../remediation/status-markers.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { investigationsStyles } from './investigations.styles.js';
import { investigationsCatalog } from './messages.js';

/** What the tab shows of one incident. */
interface InvestigationsView {
  incidentId: string;
  /** Newest first. */
  investigations: Investigation[];
  actions: RemediationAction[];
  alertTitles: Map<string, string>;
  entities: Map<string, Evidence>;
}

const byNewestStart = (a: Investigation, b: Investigation) =>
  a.startedDateTime < b.startedDateTime ? 1 : a.startedDateTime > b.startedDateTime ? -1 : 0;

/** Entities with pending actions first, then those with any action, then the rest; otherwise as listed. */
function entityOrder(entityIds: readonly string[], actions: readonly RemediationAction[]): string[] {
  const rank = (id: string) => {
    const own = actions.filter((action) => action.entityId === id);
    return own.some((action) => action.status === 'pending') ? 0 : own.length > 0 ? 1 : 2;
  };
  return entityIds.map((id, index) => ({ id, index, rank: rank(id) })).sort((a, b) => a.rank - b.rank || a.index - b.index).map(({ id }) => id);
}

/**
 * The Investigations tab of an incident: its automated investigations in a table (ID, triggering
 * alert, state, start and end, entities investigated). Choosing one opens its details beside the
 * table: the entities it investigated and the actions it proposed on each, with "Approve" and
 * "Reject" on pending ones (confirmed in a dialog, with an optional comment).
 *
 * While an investigation or an action is still working, the tab reloads every `pollIntervalMs`
 * and shows the states as they change. The rows are one tab stop: Up/Down/Home/End move between
 * them, Enter opens the details. People whose role is only reader see the buttons disabled.
 *
 * @summary Automated investigations of an incident and the actions awaiting approval.
 *
 * @fires soc-remediation-changed - An action was approved or rejected here, or finished while shown; `detail.action` is its new version.
 *
 * @csspart table - The table of investigations.
 * @csspart row-button - The ID button that opens an investigation's details.
 * @csspart details - The details panel of the chosen investigation.
 * @csspart dialog - The approve/reject confirmation dialog.
 *
 * @cssproperty --soc-color-background - Surface of the tab.
 * @cssproperty --soc-color-border - Table lines and dividers.
 * @cssproperty --soc-color-selected - The chosen investigation's row.
 * @cssproperty --soc-color-accent - ID buttons, "Approve", and the progress of running work.
 * @cssproperty --soc-color-danger - Marker of failed states and malicious entities.
 * @cssproperty --soc-color-warning - Marker of states awaiting approval and suspicious entities.
 * @cssproperty --soc-color-success - Marker of remediated states and clean entities.
 */
export class SocInvestigations extends SocElement {
  static override styles = [
    baseStyles,
    skeletonStyles,
    statusMarkerStyles,
    decisionButtonStyles,
    remediationDialogStyles,
    responseTabStyles,
    investigationsStyles,
  ];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  @consume({ context: principalContext, subscribe: true })
  @state()
  private providedPrincipal?: ProvidedPrincipal;

  /** ID of the incident whose investigations to show. */
  @property({ attribute: 'incident-id' }) incidentId?: string;

  /** Milliseconds between reloads while something is in progress. */
  @property({ type: Number, attribute: 'poll-interval-ms' }) pollIntervalMs = 5_000;

  /** ID of the investigation whose details are open. */
  @state() private selectedId?: string;

  /** The latest outcomes of changes seen while polling, for screen readers: one sentence each. */
  @state() private announcements: readonly string[] = [];

  private readonly l10n = new LocaleController(this, investigationsCatalog);
  /** The words of the remediation helpers (action lines, Approve/Reject, the read-only note). */
  private readonly remediationL10n = new LocaleController(this, remediationCatalog);

  /** The last view loaded, shown while a reload is under way and kept when one fails. */
  #shown?: InvestigationsView;

  private readonly dataTask = new Task(this, {
    task: async ([api, incidentId], { signal }) => {
      if (!api || !incidentId || !api.capabilities.has('investigations')) return initialState;
      const [investigations, actions, alerts, evidence] = await Promise.all([
        api.listInvestigations(incidentId, { signal }),
        api.capabilities.has('remediation') ? api.listRemediationActions({ incidentId }, { signal }) : [],
        api.listIncidentAlerts(incidentId, { signal }),
        api.capabilities.has('evidence') ? api.listEvidence(incidentId, { signal }) : [],
      ]);
      signal.throwIfAborted();
      const view: InvestigationsView = {
        incidentId,
        investigations: [...investigations].sort(byNewestStart),
        actions: [...actions].sort(newestFirst),
        alertTitles: new Map(alerts.map((alert) => [alert.id, alert.title])),
        entities: new Map(evidence.map((entity) => [entity.id, entity])),
      };
      this.#noticeChanges(view);
      this.#shown = view;
      return view;
    },
    args: () => [this.api, this.incidentId] as const,
  });

  private readonly me = new PrincipalController(this, {
    api: () => this.api,
    provided: () => this.providedPrincipal,
  });

  private readonly rovingFocus = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('button.row-button')],
  });

  private readonly dialog = new RemediationDialogController(this, {
    api: () => this.api,
    onDone: (action) => this.#afterChange(action),
    onRefused: () => this.refresh(),
    focusAfter: (action) => this.renderRoot.querySelector<HTMLElement>(`[data-action-id="${CSS.escape(action.id)}"]`),
  });

  constructor() {
    super();
    new PollController(this, {
      intervalMs: () => pollDelay(this.pollIntervalMs, this.dataTask.error),
      active: () => pollsAfter(this.dataTask.status, this.dataTask.error) && this.#inProgress(this.#view()),
      poll: () => void this.dataTask.run(),
    });
  }

  /** Loads the investigations (and who the person is) again. */
  refresh(): void {
    void this.dataTask.run();
    this.me.refresh();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('incidentId') && changed.get('incidentId') !== undefined) {
      this.selectedId = undefined;
      this.announcements = [];
      this.rovingFocus.setIndex(0);
    }
  }

  private get readOnly(): boolean {
    return this.me.readOnly;
  }

  private get canDecide(): boolean {
    return !!this.api?.capabilities.has('remediation');
  }

  #view(): InvestigationsView | undefined {
    return this.#shown?.incidentId === this.incidentId ? this.#shown : undefined;
  }

  #inProgress(view: InvestigationsView | undefined): boolean {
    if (!view) return false;
    return view.investigations.some((item) => isInvestigationWorking(item.state)) || view.actions.some(isInFlight);
  }

  /** Tells the page and screen readers what changed since the last load of the same incident. */
  #noticeChanges(view: InvestigationsView): void {
    const before = this.#shown;
    if (!before || before.incidentId !== view.incidentId) return;
    const messages: string[] = [];
    for (const investigation of view.investigations) {
      const previous = before.investigations.find((item) => item.id === investigation.id);
      if (previous && previous.state !== investigation.state) {
        const state = this.l10n.t(`investigationState.${investigation.state}`);
        messages.push(this.l10n.t('stateChanged', { id: investigation.id, state }));
      }
    }
    for (const action of changedActions(before.actions, view.actions)) {
      messages.push(describeAction(action, this.remediationL10n, { withStatus: true }));
      this.emit(new RemediationChangedEvent(action));
    }
    if (messages.length > 0) this.announcements = messages;
  }

  /** A decision was accepted: the shown action takes its new version at once, then everything reloads. */
  async #afterChange(action: RemediationAction): Promise<void> {
    if (this.#shown) {
      this.#shown = { ...this.#shown, actions: this.#shown.actions.map((item) => (item.id === action.id ? action : item)) };
    }
    this.emit(new RemediationChangedEvent(action));
    this.refresh();
    await this.dataTask.taskComplete.catch(() => undefined);
    await this.updateComplete;
  }

  private decide(action: RemediationAction, decision: Decision, opener: HTMLElement): void {
    this.dialog.show({ kind: 'decide', action, decision }, opener);
  }

  // ---------------------------------------------------------------------------
  // Rendering
  // ---------------------------------------------------------------------------

  override render() {
    if (!this.incidentId) {
      return html`<div class="state"><p class="muted">${this.l10n.t('empty')}</p></div>`;
    }
    if (this.api && !this.api.capabilities.has('investigations')) {
      return html`<div class="state"><p class="empty">${this.l10n.t('unsupported')}</p></div>`;
    }
    const shown = this.#view();
    return html`${this.dataTask.render({
        initial: () => this.renderLoading(),
        pending: () => (shown ? this.renderView(shown, { busy: true }) : this.renderLoading()),
        error: (error) => (shown ? this.renderView(shown, { error }) : this.renderError(error)),
        complete: (view) => this.renderView(view),
      })}
      <div class="visually-hidden" role="status">${this.announcements.map((message) => html`<p>${message}</p>`)}</div>
      ${this.dialog.render()}`;
  }

  private renderLoading() {
    return html`<div class="skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">${this.l10n.t('loading')}</p>
      <span></span><span></span><span></span><span></span>
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

  /** A failed reload over data already shown: the data stays, with the failure above it. */
  private renderReloadError(error: unknown) {
    const described = describeApiError(
      error,
      { action: this.l10n.t('actionView'), loading: this.l10n.t('loadingLatest') },
      this.l10n,
    );
    return html`<div class="banner error" role="alert">
      <span><strong>${this.l10n.t('bannerTitle', { title: described.title })}</strong> ${described.message}</span>
      ${described.canRetry
        ? html`<button type="button" @click=${() => this.refresh()}>${this.l10n.t('action.retry')}</button>`
        : nothing}
    </div>`;
  }

  private renderView(view: InvestigationsView, { busy = false, error }: { busy?: boolean; error?: unknown } = {}) {
    if (view.investigations.length === 0) {
      return html`<div class="state">
        <p class="empty">${this.l10n.t('noInvestigations')}</p>
        <p class="muted">${this.l10n.t('noInvestigationsHint')}</p>
      </div>`;
    }
    const selected = view.investigations.find((item) => item.id === this.selectedId);
    return html`${error !== undefined ? this.renderReloadError(error) : nothing}
      ${this.readOnly && this.canDecide ? html`<p class="note">${this.remediationL10n.t('readOnlyNote')}</p>` : nothing}
      <div class="layout ${selected ? 'with-details' : ''}">
        <div class="table-scroll" aria-busy=${busy ? 'true' : 'false'}>
          <table part="table" @keydown=${this.onTableKeydown}>
            <caption class="visually-hidden">${this.l10n.t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">${this.l10n.t('column.id')}</th>
                <th scope="col">${this.l10n.t('column.triggeringAlert')}</th>
                <th scope="col">${this.l10n.t('column.state')}</th>
                <th scope="col">${this.l10n.t('column.started')}</th>
                <th scope="col">${this.l10n.t('column.ended')}</th>
                <th scope="col">${this.l10n.t('column.entities')}</th>
              </tr>
            </thead>
            <tbody>
              ${repeat(
                view.investigations,
                (item) => item.id,
                (item, index) => this.renderRow(view, item, index),
              )}
            </tbody>
          </table>
        </div>
        ${selected ? this.renderDetails(view, selected) : nothing}
      </div>`;
  }

  private renderRow(view: InvestigationsView, investigation: Investigation, index: number) {
    const selected = investigation.id === this.selectedId;
    const pending = view.actions.filter((action) => action.investigationId === investigation.id && action.status === 'pending').length;
    return html`<tr
      class=${selected ? 'selected' : ''}
      data-investigation-id=${investigation.id}
      @click=${(event: Event) => this.onRowClick(event, investigation, index)}
    >
      <th scope="row">
        <button
          type="button"
          class="row-button"
          part="row-button"
          aria-expanded=${selected ? 'true' : 'false'}
          aria-controls=${selected ? 'investigation-details' : nothing}
          tabindex=${index === this.rovingFocus.index ? 0 : -1}
          @click=${() => this.select(investigation, index)}
        >
          <bdi>${investigation.id}</bdi>
        </button>
      </th>
      <td dir="auto">${view.alertTitles.get(investigation.triggeringAlertId) ?? investigation.triggeringAlertId}</td>
      <td>
        ${investigationStateMarker(investigation.state, this.l10n)}
        ${pending > 0 ? html`<span class="pending-count">${this.l10n.t('pendingCount', { count: pending })}</span>` : nothing}
      </td>
      <td class="time">${this.renderTime(investigation.startedDateTime)}</td>
      <td class="time">${this.renderTime(investigation.endedDateTime)}</td>
      <td class="count">${this.l10n.count(investigation.entityIds.length)}</td>
    </tr>`;
  }

  private renderTime(iso: string | null | undefined, absent = '—') {
    return iso ? html`<time datetime=${iso}>${this.l10n.dateTime(iso)}</time>` : absent;
  }

  private onRowClick(event: Event, investigation: Investigation, index: number): void {
    if ((event.target as HTMLElement).closest('button')) return;
    this.select(investigation, index);
    this.renderRoot.querySelectorAll<HTMLElement>('button.row-button')[index]?.focus();
  }

  private readonly onTableKeydown = (event: KeyboardEvent) => {
    if ((event.target as HTMLElement).matches('button.row-button')) this.rovingFocus.handleKeydown(event);
  };

  private select(investigation: Investigation, index: number): void {
    this.rovingFocus.setIndex(index);
    this.selectedId = this.selectedId === investigation.id ? undefined : investigation.id;
  }

  private async closeDetails(): Promise<void> {
    this.selectedId = undefined;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('button.row-button')[this.rovingFocus.index]?.focus();
  }

  private renderDetails(view: InvestigationsView, investigation: Investigation) {
    const actions = view.actions.filter((action) => action.investigationId === investigation.id);
    const pending = actions.filter((action) => action.status === 'pending').length;
    const entityIds = entityOrder(investigation.entityIds, actions);
    return html`<aside class="details" part="details" id="investigation-details" aria-labelledby="details-title">
      <header>
        <h2 id="details-title">${this.l10n.t('detailsTitle', { id: investigation.id })}</h2>
        <button
          type="button"
          class="icon"
          aria-label=${this.l10n.t('closeDetails')}
          title=${this.l10n.t('action.close')}
          @click=${() => void this.closeDetails()}
        >
          ${closeIcon}
        </button>
      </header>
      <dl>
        <dt>${this.l10n.t('state')}</dt>
        <dd>${investigationStateMarker(investigation.state, this.l10n)}</dd>
        <dt>${this.l10n.t('triggeringAlert')}</dt>
        <dd dir="auto">${view.alertTitles.get(investigation.triggeringAlertId) ?? investigation.triggeringAlertId}</dd>
        <dt>${this.l10n.t('started')}</dt>
        <dd>${this.renderTime(investigation.startedDateTime)}</dd>
        <dt>${this.l10n.t('ended')}</dt>
        <dd>${this.renderTime(investigation.endedDateTime, this.l10n.t('notYet'))}</dd>
        ${this.canDecide
          ? html`<dt>${this.l10n.t('pendingActions')}</dt>
              <dd>${this.l10n.count(pending)}</dd>`
          : nothing}
      </dl>
      <section aria-labelledby="entities-heading">
        <h3 id="entities-heading">${this.l10n.t('entitiesHeading', { count: investigation.entityIds.length })}</h3>
        ${entityIds.length === 0
          ? html`<p class="muted">${this.l10n.t('noEntities')}</p>`
          : html`<ul class="entities">
              ${repeat(
                entityIds,
                (id) => id,
                (id) => this.renderEntity(view, id, actions.filter((action) => action.entityId === id)),
              )}
            </ul>`}
      </section>
    </aside>`;
  }

  private renderEntity(view: InvestigationsView, entityId: string, actions: RemediationAction[]) {
    const entity = view.entities.get(entityId);
    const fromAction = actions[0];
    const name = entity?.displayName || fromAction?.entityName || entityId;
    const type = entity?.type ?? fromAction?.entityType;
    const readOnly = this.readOnly;
    return html`<li class="entity" data-entity-id=${entityId}>
      <div class="entity-head">
        <span class="entity-name" dir="auto">${name}</span>
        ${type ? html`<span class="muted">${this.l10n.t(`entityType.${type}`)}</span>` : nothing}
      </div>
      ${entity
        ? html`<div class="entity-state">
            ${verdictMarker(entity.verdict, this.l10n)}
            <span class="muted"
              >${this.l10n.t('remediation', { status: this.l10n.t(`remediationStatus.${entity.remediationStatus}`) })}</span
            >
          </div>`
        : nothing}
      ${actions.length > 0
        ? html`<div class="actions">
            ${repeat(
              actions,
              (action) => action.id,
              (action) =>
                actionLine(
                  action,
                  this.remediationL10n,
                  action.status === 'pending' && this.canDecide
                    ? decisionButtons(action, this.remediationL10n, {
                        disabled: readOnly,
                        reason: this.remediationL10n.t('readOnlyNote'),
                        onDecide: (decision, opener) => this.decide(action, decision, opener),
                      })
                    : nothing,
                  { withDecision: true },
                ),
            )}
          </div>`
        : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-investigations': SocInvestigations;
  }
}
