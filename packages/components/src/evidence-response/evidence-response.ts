import { isolate } from '../i18n/isolate.js';
import { consume } from '@lit/context';
import { initialState, Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { apiContext, principalContext, type ProvidedPrincipal } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Entity, Evidence, RemediationAction, RemediationActionType } from '../api/model.js';
import { MenuButtonController } from '../controllers/menu-button-controller.js';
import { PollController, pollDelay, pollsAfter } from '../controllers/poll-controller.js';
import { PrincipalController } from '../controllers/principal-controller.js';
import { TabListKeyboardController } from '../controllers/tab-list-keyboard.js';
import { EntityOpenEvent } from '../events/entity-open.js';
import { RemediationChangedEvent } from '../events/remediation-changed.js';
import { RequestLiveResponseEvent } from '../events/request-live-response.js';
import { LocaleController, type Localizer } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { SocElement } from '../internal/soc-element.js';
import { changedActions, describeAction } from '../remediation/action-changes.js';
import { decisionButtons, decisionButtonStyles, type Decision } from '../remediation/decision-buttons.js';
import { remediationCatalog } from '../remediation/messages.js';
import { isInFlight, manualActionsFor, newestFirst } from '../remediation/remediation-catalog.js';
import { RemediationDialogController } from '../remediation/remediation-dialog-controller.js';
import { remediationDialogStyles } from '../remediation/remediation-dialog.styles.js';
import { responseTabStyles } from '../remediation/response-tab.styles.js';
import { actionLine, statusMarkerStyles, verdictMarker } from '../remediation/status-markers.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { evidenceResponseStyles } from './evidence-response.styles.js';
import { evidenceFilterTabs, matchesFilter, type EvidenceFilter, type EvidenceFilterTab } from './evidence-types.js';
import { evidenceResponseCatalog } from './messages.js';

const chevronIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true">
  <path d="M3.15 5.65a.5.5 0 0 1 .7 0L8 9.79l4.15-4.14a.5.5 0 0 1 .7.7l-4.5 4.5a.5.5 0 0 1-.7 0l-4.5-4.5a.5.5 0 0 1 0-.7Z" />
</svg>`;

/** What the tab shows of one incident. */
interface EvidenceView {
  incidentId: string;
  evidence: Evidence[];
  /** The incident's actions and the manual ones followed on its entities, newest first. */
  actions: RemediationAction[];
}

/** The type in words; for evidence the kit does not model, the type the data names (isolated). */
function typeLabel(entity: Entity, l10n: Localizer) {
  if (entity.type === 'unknown' && entity.odataType) {
    return html`<bdi>${entity.odataType.replace(/^#?microsoft\.graph\.security\./, '')}</bdi>`;
  }
  return l10n.t(`entityType.${entity.type}`);
}

function withoutDuplicates(actions: RemediationAction[]): RemediationAction[] {
  return [...new Map(actions.map((action) => [action.id, action])).values()];
}

/**
 * The Evidence and Response tab of an incident: every evidence item with its verdict and
 * remediation status, filterable by type, and the response on each. Pending actions have
 * "Approve" and "Reject" (confirmed in a dialog, with an optional comment); each entity has an
 * "Actions" menu with the manual actions that suit it (isolate or release a device, disable a
 * user, reset a password, quarantine a file, soft delete an email, block a URL, ...), each
 * confirmed in a dialog, and for a device "Initiate live response session". Actions under way
 * show their progress; the tab reloads every `pollIntervalMs` until they complete or fail.
 *
 * People whose role is only reader see the controls disabled. A backend without remediation
 * (`capabilities`) shows the evidence alone.
 *
 * @summary Evidence of an incident, its verdicts, and the response actions on it.
 *
 * @fires soc-remediation-changed - An action was approved, rejected or started here, or finished while shown; `detail.action` is its new version.
 * @fires soc-request-live-response - "Initiate live response session" on a device; `detail.device` is the device. Cancelable.
 * @fires soc-entity-open - An entity's name was pressed; `detail.entity` is the entity.
 *
 * @csspart filters - The tab list of evidence types.
 * @csspart table - The evidence table.
 * @csspart entity-button - An entity's name button.
 * @csspart menu-button - An entity's "Actions" button.
 * @csspart menu - The open actions menu.
 * @csspart dialog - The confirmation dialog.
 *
 * @cssproperty --soc-color-background - Surface of the tab, the menu and the dialog.
 * @cssproperty --soc-color-border - Table lines and dividers.
 * @cssproperty --soc-color-selected - The chosen type and hovered menu items.
 * @cssproperty --soc-color-accent - Entity names, "Approve", and the progress of running actions.
 * @cssproperty --soc-color-danger - Marker of malicious entities and failed actions.
 * @cssproperty --soc-color-warning - Marker of suspicious entities and pending actions.
 * @cssproperty --soc-color-success - Marker of clean entities and completed actions.
 */
export class SocEvidenceResponse extends SocElement {
  static override styles = [
    baseStyles,
    skeletonStyles,
    statusMarkerStyles,
    decisionButtonStyles,
    remediationDialogStyles,
    responseTabStyles,
    evidenceResponseStyles,
  ];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  @consume({ context: principalContext, subscribe: true })
  @state()
  private providedPrincipal?: ProvidedPrincipal;

  /** ID of the incident whose evidence to show. */
  @property({ attribute: 'incident-id' }) incidentId?: string;

  /** Milliseconds between reloads while an action is in progress. */
  @property({ type: Number, attribute: 'poll-interval-ms' }) pollIntervalMs = 5_000;

  @state() private filter: EvidenceFilter = 'all';

  /** The latest outcome of a change seen while polling, for screen readers. */
  @state() private announcement = '';

  /** The last view loaded, shown while a reload is under way and kept when one fails. */
  #shown?: EvidenceView;

  /** Manual actions started here: they belong to no incident, so they are followed through their entity. */
  readonly #followedActions = new Set<string>();
  readonly #followedEntities = new Set<string>();

  private readonly dataTask = new Task(this, {
    task: async ([api, incidentId], { signal }) => {
      if (!api || !incidentId || !api.capabilities.has('evidence')) return initialState;
      const remediation = api.capabilities.has('remediation');
      const [evidence, incidentActions] = await Promise.all([
        api.listEvidence(incidentId, { signal }),
        remediation ? api.listRemediationActions({ incidentId }, { signal }) : [],
      ]);
      // A remediation running on an entity may be a manual one, which only the entity's own list holds.
      const followed = remediation
        ? evidence.filter((item) => item.remediationStatus === 'running' || this.#followedEntities.has(item.id))
        : [];
      const entityActions = await Promise.all(
        followed.map((item) => api.listRemediationActions({ entityId: item.id }, { signal })),
      );
      signal.throwIfAborted();
      const manual = entityActions
        .flat()
        .filter((action) => action.incidentId === null && (isInFlight(action) || this.#followedActions.has(action.id)));
      const actions = withoutDuplicates([...incidentActions, ...manual]).sort(newestFirst);
      // An action that finished after the evidence was read has changed its entity (an isolated
      // device): read the evidence again so the menus offer what now applies.
      const before = this.#shown?.incidentId === incidentId ? this.#shown.actions : [];
      const justFinished = actions.some(
        (action) => !isInFlight(action) && before.some((earlier) => earlier.id === action.id && isInFlight(earlier)),
      );
      const view: EvidenceView = {
        incidentId,
        evidence: justFinished ? await api.listEvidence(incidentId, { signal }) : evidence,
        actions,
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

  private readonly l10n = new LocaleController(this, evidenceResponseCatalog);
  /** The words of the shared remediation helpers (dialog, Approve/Reject, action lines). */
  private readonly remediationL10n = new LocaleController(this, remediationCatalog);

  private readonly tabKeyboard = new TabListKeyboardController(this, {
    count: () => this.#tabs().length,
    selected: () => this.#tabs().findIndex((tab) => tab.filter === this.shownFilter),
    onSelect: (index) => void this.chooseFilter(this.#tabs()[index].filter, { focus: true }),
  });

  private readonly menu = new MenuButtonController(this, {
    button: (key) => this.renderRoot.querySelector<HTMLElement>(`button.menu-button[data-entity-id="${CSS.escape(key)}"]`),
    menu: () => this.renderRoot.querySelector<HTMLElement>('[role="menu"]'),
  });

  private readonly dialog = new RemediationDialogController(this, {
    api: () => this.api,
    onDone: (action, request) => this.#afterChange(action, request.kind === 'run'),
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

  /** Loads the evidence and actions (and who the person is) again. */
  refresh(): void {
    void this.dataTask.run();
    this.me.refresh();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('incidentId') && changed.get('incidentId') !== undefined) {
      this.filter = 'all';
      this.announcement = '';
      this.menu.close();
    }
  }

  private get readOnly(): boolean {
    return this.me.readOnly;
  }

  private get canRemediate(): boolean {
    return !!this.api?.capabilities.has('remediation');
  }

  private get canLiveRespond(): boolean {
    return !!this.api?.capabilities.has('liveResponse');
  }

  #view(): EvidenceView | undefined {
    return this.#shown?.incidentId === this.incidentId ? this.#shown : undefined;
  }

  #tabs(): EvidenceFilterTab[] {
    return evidenceFilterTabs(this.#view()?.evidence ?? [], this.l10n);
  }

  /** The chosen filter while the evidence still has that type, else all evidence. */
  private get shownFilter(): EvidenceFilter {
    return this.#tabs().some((tab) => tab.filter === this.filter) ? this.filter : 'all';
  }

  #inProgress(view: EvidenceView | undefined): boolean {
    if (!view) return false;
    return view.actions.some(isInFlight) || view.evidence.some((item) => item.remediationStatus === 'running');
  }

  /** Tells the page and screen readers which actions changed since the last load of the same incident. */
  #noticeChanges(view: EvidenceView): void {
    const before = this.#shown;
    if (!before || before.incidentId !== view.incidentId) return;
    const changed = changedActions(before.actions, view.actions);
    for (const action of changed) this.emit(new RemediationChangedEvent(action));
    if (changed.length > 0) {
      this.announcement = changed.map((action) => describeAction(action, this.remediationL10n, { withStatus: true })).join('. ');
    }
  }

  /** An action was decided or started: it shows at once, then everything reloads. */
  async #afterChange(action: RemediationAction, manual: boolean): Promise<void> {
    if (manual) {
      this.#followedActions.add(action.id);
      this.#followedEntities.add(action.entityId);
    }
    if (this.#shown) {
      const others = this.#shown.actions.filter((item) => item.id !== action.id);
      this.#shown = { ...this.#shown, actions: [action, ...others].sort(newestFirst) };
    }
    this.announcement = describeAction(action, this.remediationL10n, { withStatus: true });
    this.emit(new RemediationChangedEvent(action));
    this.refresh();
    await this.dataTask.taskComplete.catch(() => undefined);
    await this.updateComplete;
  }

  private async chooseFilter(filter: EvidenceFilter, { focus = false } = {}): Promise<void> {
    this.filter = filter;
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#filter-${filter}`)?.focus();
  }

  private decide(action: RemediationAction, decision: Decision, opener: HTMLElement): void {
    this.dialog.show({ kind: 'decide', action, decision }, opener);
  }

  private runAction(entity: Evidence, type: RemediationActionType, busy: boolean): void {
    if (busy) return;
    this.menu.close({ returnFocus: true });
    const opener = this.renderRoot.querySelector<HTMLElement>(`button.menu-button[data-entity-id="${CSS.escape(entity.id)}"]`);
    this.dialog.show({ kind: 'run', entity, type }, opener ?? undefined);
  }

  private requestLiveResponse(entity: Evidence): void {
    this.menu.close({ returnFocus: true });
    if (entity.type === 'device') this.emit(new RequestLiveResponseEvent(entity));
  }

  // ---------------------------------------------------------------------------
  // Rendering
  // ---------------------------------------------------------------------------

  override render() {
    if (!this.incidentId) {
      return html`<div class="state"><p class="muted">${this.l10n.t('noIncident')}</p></div>`;
    }
    if (this.api && !this.api.capabilities.has('evidence')) {
      return html`<div class="state"><p class="empty">${this.l10n.t('unavailable')}</p></div>`;
    }
    const shown = this.#view();
    return html`${this.dataTask.render({
        initial: () => this.renderLoading(),
        pending: () => (shown ? this.renderView(shown, { busy: true }) : this.renderLoading()),
        error: (error) => (shown ? this.renderView(shown, { error }) : this.renderError(error)),
        complete: (view) => this.renderView(view),
      })}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.dialog.render()}`;
  }

  private renderLoading() {
    return html`<div class="skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">${this.l10n.t('loading')}</p>
      <div class="skeleton-filters"><span></span><span></span><span></span></div>
      <div class="skeleton-rows"><span></span><span></span><span></span><span></span><span></span></div>
    </div>`;
  }

  private renderError(error: unknown) {
    const described = describeApiError(
      error,
      { action: this.l10n.t('actionView'), loading: this.l10n.t('loadingEvidence') },
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
      { action: this.l10n.t('actionView'), loading: this.l10n.t('loadingStates') },
      this.l10n,
    );
    return html`<div class="banner error" role="alert">
      <span><strong>${this.l10n.t('errorLead', { title: described.title })}</strong> ${described.message}</span>
      ${described.canRetry
        ? html`<button type="button" @click=${() => this.refresh()}>${this.l10n.t('action.retry')}</button>`
        : nothing}
    </div>`;
  }

  private renderView(view: EvidenceView, { busy = false, error }: { busy?: boolean; error?: unknown } = {}) {
    if (view.evidence.length === 0) {
      return html`<div class="state"><p class="empty">${this.l10n.t('noEvidence')}</p></div>`;
    }
    const tabs = evidenceFilterTabs(view.evidence, this.l10n);
    const filter = this.shownFilter;
    const shownTab = tabs.find((tab) => tab.filter === filter)!;
    const items = view.evidence.filter((item) => matchesFilter(item, filter));
    const pending = view.actions.filter((action) => action.status === 'pending').length;
    return html`${error !== undefined ? this.renderReloadError(error) : nothing}
      <div class="layout">
        <div
          class="filters"
          part="filters"
          role="tablist"
          aria-label=${this.l10n.t('evidenceTypes')}
          aria-orientation="vertical"
          @keydown=${this.tabKeyboard.handleKeydown}
        >
          ${tabs.map((tab) => this.renderFilterTab(tab, tab.filter === filter))}
        </div>
        <div class="panel" role="tabpanel" id="evidence-panel" aria-labelledby="filter-${filter}" aria-busy=${busy ? 'true' : 'false'}>
          ${this.canRemediate
            ? html`<p class="summary">${this.l10n.t('awaitingApproval', { count: pending })}</p>`
            : nothing}
          ${this.readOnly && this.canRemediate ? html`<p class="note">${this.remediationL10n.t('readOnlyNote')}</p>` : nothing}
          ${this.renderTable(view, shownTab, items)}
        </div>
      </div>`;
  }

  private renderFilterTab(tab: EvidenceFilterTab, selected: boolean) {
    return html`<button
      type="button"
      role="tab"
      id="filter-${tab.filter}"
      aria-selected=${selected ? 'true' : 'false'}
      aria-controls=${selected ? 'evidence-panel' : nothing}
      tabindex=${selected ? 0 : -1}
      @click=${() => void this.chooseFilter(tab.filter)}
    >
      <span class="filter-label">${tab.label}</span>
      <span class="count">${this.l10n.count(tab.count)}</span>
    </button>`;
  }

  private renderTable(view: EvidenceView, tab: EvidenceFilterTab, items: Evidence[]) {
    const remediation = this.canRemediate;
    const menus = remediation || this.canLiveRespond;
    return html`<div class="table-scroll">
      <table part="table">
        <caption class="visually-hidden">
          ${tab.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.l10n.t('entity')}</th>
            <th scope="col">${this.l10n.t('field.type')}</th>
            <th scope="col">${this.l10n.t('field.verdict')}</th>
            <th scope="col">${this.l10n.t('field.remediationStatus')}</th>
            <th scope="col">${this.l10n.t('field.firstSeen')}</th>
            ${remediation ? html`<th scope="col">${this.l10n.t('responseActions')}</th>` : nothing}
            ${menus ? html`<th scope="col"><span class="visually-hidden">${this.l10n.t('manualActions')}</span></th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${repeat(
            items,
            (item) => item.id,
            (item) => this.renderRow(item, view.actions.filter((action) => action.entityId === item.id), menus),
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(entity: Evidence, actions: RemediationAction[], menus: boolean) {
    const readOnly = this.readOnly;
    return html`<tr data-entity-id=${entity.id}>
      <th scope="row">
        <button
          type="button"
          class="entity"
          part="entity-button"
          dir="auto"
          @click=${() => this.emit(new EntityOpenEvent(entity))}
        >
          ${entity.displayName || entity.id}
        </button>
      </th>
      <td>${typeLabel(entity, this.l10n)}</td>
      <td>${verdictMarker(entity.verdict, this.l10n)}</td>
      <td>${this.l10n.t(`remediationStatus.${entity.remediationStatus}`)}</td>
      <td class="time">
        ${entity.createdDateTime
          ? html`<time datetime=${entity.createdDateTime}>${this.l10n.dateTime(entity.createdDateTime)}</time>`
          : '—'}
      </td>
      ${this.canRemediate
        ? html`<td class="response">
            ${actions.length === 0
              ? html`<span class="muted">${this.l10n.t('state.none')}</span>`
              : repeat(
                  actions,
                  (action) => action.id,
                  (action) =>
                    actionLine(
                      action,
                      this.remediationL10n,
                      action.status === 'pending'
                        ? decisionButtons(action, this.remediationL10n, {
                            disabled: readOnly,
                            reason: this.remediationL10n.t('readOnlyNote'),
                            onDecide: (decision, opener) => this.decide(action, decision, opener),
                          })
                        : nothing,
                    ),
                )}
          </td>`
        : nothing}
      ${menus ? html`<td class="menu-cell">${this.renderMenu(entity, actions)}</td>` : nothing}
    </tr>`;
  }

  private renderMenu(entity: Evidence, actions: RemediationAction[]) {
    const types = this.canRemediate ? manualActionsFor(entity) : [];
    const liveResponse = this.canLiveRespond && entity.type === 'device';
    if (types.length === 0 && !liveResponse) return nothing;
    const open = this.menu.openKey === entity.id;
    const busy = (type: RemediationActionType) => actions.some((action) => action.type === type && isInFlight(action));
    return html`<button
        type="button"
        class="menu-button"
        part="menu-button"
        data-entity-id=${entity.id}
        aria-haspopup="menu"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? 'actions-menu' : nothing}
        aria-label=${this.l10n.t('actionsFor', { name: isolate(entity.displayName || entity.id) })}
        title=${this.readOnly ? this.remediationL10n.t('readOnlyNote') : nothing}
        ?disabled=${this.readOnly}
        @click=${() => this.menu.toggle(entity.id)}
        @keydown=${(event: KeyboardEvent) => this.menu.handleButtonKeydown(event, entity.id)}
      >
        ${this.l10n.t('actions')} ${chevronIcon}
      </button>
      ${open
        ? html`<div
            role="menu"
            id="actions-menu"
            part="menu"
            popover="manual"
            aria-label=${this.l10n.t('actionsFor', { name: isolate(entity.displayName || entity.id) })}
            @keydown=${this.menu.handleMenuKeydown}
          >
            ${types.map((type) => {
              const running = busy(type);
              return html`<button
                type="button"
                role="menuitem"
                tabindex="-1"
                data-action-type=${type}
                aria-disabled=${running ? 'true' : 'false'}
                @click=${() => this.runAction(entity, type, running)}
              >
                ${this.l10n.t(`actionType.${type}`)}${running ? html`<span class="item-note">${this.l10n.t('running')}</span>` : nothing}
              </button>`;
            })}
            ${liveResponse
              ? html`${types.length > 0 ? html`<div role="separator"></div>` : nothing}
                  <button type="button" role="menuitem" tabindex="-1" data-live-response @click=${() => this.requestLiveResponse(entity)}>
                    ${this.l10n.t('liveResponse')}
                  </button>`
              : nothing}
          </div>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-evidence-response': SocEvidenceResponse;
  }
}
