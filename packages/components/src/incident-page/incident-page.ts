import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ApiError } from '../api/api-error.js';
import { apiContext, principalContext, type ProvidedPrincipal } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { DeviceEntity, Incident } from '../api/model.js';
import type { RequestLiveResponseEvent } from '../events/request-live-response.js';
import type { SocActivityLog } from '../activity-log/activity-log.js';
import type { SocPlaybookRunner } from '../playbooks/playbook-runner.js';
import { HeadingFocusController } from '../controllers/heading-focus-controller.js';
import { PrincipalController } from '../controllers/principal-controller.js';
import { TabListKeyboardController } from '../controllers/tab-list-keyboard.js';
import { ScrollOverflowController } from '../controllers/scroll-overflow-controller.js';
import { IncidentUpdatedEvent } from '../events/incident-updated.js';
import { LocaleController } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { severityMarker, severityMarkerStyles } from '../internal/severity-marker.js';
import { closeIcon } from '../internal/icons.js';
import { SocElement } from '../internal/soc-element.js';
import type { SocManageIncident } from '../manage/manage-incident.js';
import { skeletonPageStyles, skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import {
  DEFAULT_INCIDENT_PAGE_TAB,
  INCIDENT_PAGE_TAB_MESSAGES,
  incidentPageTabsFor,
  isIncidentPageTab,
  type IncidentPageTab,
} from './incident-page-tabs.js';
import { incidentPageStyles } from './incident-page.styles.js';
import { incidentPageCatalog } from './messages.js';
import { IncidentTabChangeEvent } from '../events/incident-tab-change.js';
import { IncidentRedirectEvent } from '../events/incident-redirect.js';
import { getIncidentFollowingRedirects, MAX_REDIRECTS, RedirectChainError } from '../merge/merge-rules.js';
import { noticeStyles } from '../styles/notice.styles.js';

/** Events after which the incident's activity has new entries. */
const ACTIVITY_SOURCES = [
  'soc-incident-updated',
  'soc-task-saved',
  'soc-remediation-changed',
  'soc-playbook-run-start',
  'soc-playbook-run-end',
  'soc-alerts-updated',
  'soc-alerts-linked',
] as const;

/** Events after which the incident itself changed: its alert counts, status or severity follow its alerts. */
const INCIDENT_SOURCES = ['soc-alerts-updated', 'soc-alerts-linked'] as const;

/** Chevrons drawn for left to right; the styles mirror them right to left. */
const chevronStartIcon = html`<svg viewBox="0 0 16 16" width="16" height="16" fill="currentColor" aria-hidden="true">
  <path d="M10.35 3.15a.5.5 0 0 1 0 .7L6.21 8l4.14 4.15a.5.5 0 0 1-.7.7l-4.5-4.5a.5.5 0 0 1 0-.7l4.5-4.5a.5.5 0 0 1 .7 0Z" />
</svg>`;
const chevronEndIcon = html`<svg viewBox="0 0 16 16" width="16" height="16" fill="currentColor" aria-hidden="true">
  <path d="M5.65 3.15a.5.5 0 0 0 0 .7L9.79 8l-4.14 4.15a.5.5 0 0 0 .7.7l4.5-4.5a.5.5 0 0 0 0-.7l-4.5-4.5a.5.5 0 0 0-.7 0Z" />
</svg>`;

/**
 * The page of one incident: a header with what it is and who owns it and its actions (Manage
 * incident, Resolve / Reopen, Run playbook, Export), and tabs following the WAI-ARIA tabs pattern:
 * Attack story, Alerts, Assets, Investigations, Evidence and Response, Similar incidents, Activity and Tasks — each
 * shown only when the connected client can fill it. A device's "Initiate live response" opens the
 * console in a side panel; "Run playbook" opens the playbook runner in a side panel over the shown
 * tab. The incident's description and resolving comment show under its facts. Actions the signed-in
 * role cannot take (a reader's Resolve, Reopen, Run playbook) are disabled, with the reason beside them.
 *
 * The page fits the width it is given (container queries): the title wraps by words and the
 * actions move under it, and a tab row that does not fit scrolls, with previous/next arrows.
 *
 * A merged incident (status `redirected`) has no content of its own: the page shows the incident it
 * was merged into, following a chain of merges up to `MAX_REDIRECTS` times, under a notice
 * ("Incident 123 was merged into incident 456").
 *
 * A host that opens the page calls `focusHeading()`: focus goes to the page's `h1` (the incident's
 * name, or what went wrong) as soon as it shows.
 *
 * @summary Full page of one incident: header, actions and the investigation tabs.
 *
 * @fires soc-incident-tab-change - Another tab was chosen; `detail.tab` is the tab, for a host to put in the URL.
 * @fires soc-incident-updated - The incident was saved (manage, resolve or reopen); `detail.incidents` holds the stored version.
 * @fires soc-entity-open - An entity was opened from the Assets tab or the incident graph (passed on).
 * @fires soc-alert-select - An alert was chosen in the Alerts tab (passed on from `soc-alert-list`).
 * @fires soc-incident-redirect - The incident asked for was merged into another, which the page shows instead (with a
 *   notice): `detail.fromId` is the one asked for, `detail.incident` the one shown, for a host to name in the URL.
 * @fires soc-incident-open - An incident was chosen in the Similar incidents tab (passed on from `soc-similar-incidents`).
 *
 * @csspart header - Name, facts, tags and the "Manage incident" button.
 * @csspart actions - The header's action buttons.
 * @csspart manage-button - The "Manage incident" button.
 * @csspart resolve-button - The "Resolve incident" button (an unresolved incident).
 * @csspart reopen-button - The "Reopen incident" button (a resolved incident).
 * @csspart playbook-button - The "Run playbook" button (a client with playbooks).
 * @csspart tabbar - The row of tabs with the previous/next arrows shown when the tabs do not fit.
 * @csspart tablist - The row of tabs.
 * @csspart tab - One tab.
 * @csspart tabpanel - The shown tab's content.
 *
 * @cssproperty --soc-color-background - Page background.
 * @cssproperty --soc-color-border - Dividers and chip borders.
 * @cssproperty --soc-color-accent - The selected tab's underline and the primary button.
 * @cssproperty --soc-color-severity-high - Marker of high severity.
 * @cssproperty --soc-color-severity-medium - Marker of medium severity.
 * @cssproperty --soc-color-severity-low - Marker of low severity.
 * @cssproperty --soc-color-severity-informational - Marker of informational severity.
 */
export class SocIncidentPage extends SocElement {
  static override styles = [baseStyles, skeletonStyles, skeletonPageStyles, severityMarkerStyles, noticeStyles, incidentPageStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  @consume({ context: principalContext, subscribe: true })
  @state()
  private providedPrincipal?: ProvidedPrincipal;

  /** ID of the incident to show. */
  @property({ attribute: 'incident-id' }) incidentId?: string;

  /** The tab to show; a host sets it to deep-link a tab. */
  @property({ reflect: true }) tab: IncidentPageTab = DEFAULT_INCIDENT_PAGE_TAB;

  /** An alert of the incident whose details the Alerts tab opens (a link to the alert). */
  @property({ attribute: 'alert-id' }) alertId?: string;

  /** The version the manage dialog stored last, newer than the loaded one. */
  @state() private saved?: Incident;

  /**
   * A merged incident that was asked for (`from`) and the incident it went into (`to`), shown in its
   * place with a notice; the notice stays while `to` is shown, also once a host names `to` itself.
   */
  @state() private redirect?: { from: string; to: string };
  /** Set when a load followed a merge, for `soc-incident-redirect` once the load completes. */
  #redirected = false;

  /** Tabs shown at least once: their content stays, so coming back does not reload it. */
  @state() private visited = new Set<IncidentPageTab>();

  /** A header action (reopen) that failed, and why. */
  @state() private actionError?: string;
  @state() private reopening = false;

  /** Whether the side panel with the playbook runner is open. */
  @state() private playbooksOpen = false;

  /** The device whose live response console is open. */
  @state() private liveResponseDevice?: DeviceEntity;

  @query('soc-manage-incident') private manageDialog?: SocManageIncident;

  private readonly l10n = new LocaleController(this, incidentPageCatalog);

  /** Who is signed in: a reader is told, before trying, which header actions the role cannot take. */
  private readonly me = new PrincipalController(this, {
    api: () => this.api,
    provided: () => this.providedPrincipal,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('soc-request-live-response', this.onRequestLiveResponse);
    for (const type of ACTIVITY_SOURCES) this.addEventListener(type, this.refreshActivity);
    for (const type of INCIDENT_SOURCES) this.addEventListener(type, this.refreshIncident);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('soc-request-live-response', this.onRequestLiveResponse);
    for (const type of ACTIVITY_SOURCES) this.removeEventListener(type, this.refreshActivity);
    for (const type of INCIDENT_SOURCES) this.removeEventListener(type, this.refreshIncident);
  }

  /** Alerts changed in a tab: the header reads the incident again (the last version stays on screen meanwhile). */
  private readonly refreshIncident = () => this.refresh();

  /** What a tab did lands in the audit trail: an Activity tab already shown reads it again. */
  private readonly refreshActivity = () => {
    this.renderRoot.querySelector<SocActivityLog>('soc-activity-log')?.refresh();
  };

  private readonly incidentTask = new Task(this, {
    task: async ([api, id], { signal }) => {
      if (!api || !id) return initialState;
      // A merged incident has no content of its own: the incident it was merged into is shown instead.
      const { incident, redirectedFrom } = await getIncidentFollowingRedirects(api, id, { signal });
      signal.throwIfAborted();
      this.#redirected = !!redirectedFrom;
      if (redirectedFrom) this.redirect = { from: redirectedFrom, to: incident.id };
      else if (this.redirect?.to !== id) this.redirect = undefined;
      return incident;
    },
    args: () => [this.api, this.incidentId] as const,
    onComplete: (incident) => {
      if (!this.#redirected || !this.incidentId) return;
      this.#redirected = false;
      this.emit(new IncidentRedirectEvent(this.incidentId, incident));
    },
  });

  /** The ID of the incident shown: the one asked for, or the one it was merged into. */
  private get shownId(): string | undefined {
    return this.redirect && this.redirect.from === this.incidentId ? this.redirect.to : this.incidentId;
  }

  private readonly tabKeyboard = new TabListKeyboardController(this, {
    count: () => this.tabs.length,
    selected: () => this.tabs.indexOf(this.shownTab),
    onSelect: (index) => void this.selectTab(this.tabs[index]!, { focus: true }),
  });

  /** A tab row too long for the page scrolls, with previous/next arrows beside it. */
  private readonly tabScroll = new ScrollOverflowController(this, {
    scroller: () => this.renderRoot.querySelector<HTMLElement>('.tablist'),
  });

  /** The tab whose button was last scrolled into view. */
  private revealedTab?: IncidentPageTab;

  private readonly headingFocus = new HeadingFocusController(this, () => this.renderRoot.querySelector<HTMLElement>('h1'));

  /** Loads the incident again. */
  refresh(): void {
    this.saved = undefined;
    void this.incidentTask.run();
  }

  /**
   * Moves focus to the page's heading — the incident's name, or what went wrong — now, or once the
   * incident has loaded (unless focus has moved elsewhere by then). A host calls it when it opens the page.
   */
  focusHeading(): void {
    this.headingFocus.focus();
  }

  /** The tabs the connected client can fill. */
  private get tabs(): IncidentPageTab[] {
    return this.api ? incidentPageTabsFor(this.api.capabilities) : [];
  }

  private get shownTab(): IncidentPageTab {
    return isIncidentPageTab(this.tab) && this.tabs.includes(this.tab) ? this.tab : DEFAULT_INCIDENT_PAGE_TAB;
  }

  private async selectTab(tab: IncidentPageTab, { focus }: { focus: boolean }): Promise<void> {
    if (tab !== this.shownTab) {
      this.tab = tab;
      this.emit(new IncidentTabChangeEvent(tab));
      await this.updateComplete;
    }
    const button = this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`);
    // A tab chosen half out of view scrolls whole into view.
    this.tabScroll.reveal(button);
    if (focus) button?.focus();
  }

  private readonly onIncidentUpdated = (event: IncidentUpdatedEvent) => {
    this.actionError = undefined;
    const stored = event.detail.incidents.find((incident) => incident.id === this.shownId);
    if (stored) this.saved = stored;
  };

  /** Reopens a resolved incident as Active; a newer version on the server is loaded and the person told. */
  private async reopen(incident: Incident): Promise<void> {
    const api = this.api;
    if (!api || this.reopening) return;
    this.actionError = undefined;
    this.reopening = true;
    try {
      const stored = await api.updateIncident(incident.id, { status: 'active' }, { etag: incident.etag });
      this.saved = stored;
      this.emit(new IncidentUpdatedEvent([stored]));
    } catch (error) {
      if (ApiError.is(error, 'conflict')) {
        this.actionError = this.l10n.t('reopenConflict');
        this.refresh();
      } else {
        const { message } = describeApiError(error, { action: this.l10n.t('actionReopen') }, this.l10n);
        this.actionError = this.l10n.t('reopenFailed', { message });
      }
    } finally {
      this.reopening = false;
    }
  }

  private currentIncident(): Incident | undefined {
    const id = this.shownId;
    if (this.saved && this.saved.id === id) return this.saved;
    const { status, value } = this.incidentTask;
    // While the same incident reloads, its last version stays on screen.
    if (status === TaskStatus.COMPLETE || (status === TaskStatus.PENDING && value?.id === id)) return value;
    return undefined;
  }

  override willUpdate(): void {
    if (!this.visited.has(this.shownTab)) this.visited = new Set([...this.visited, this.shownTab]);
  }

  /** A tab chosen by a link, a host or a click shows whole in a scrolled tab row. */
  override updated(): void {
    const selected = this.renderRoot.querySelector('[role="tab"][aria-selected="true"]');
    if (!selected || this.revealedTab === this.shownTab) return;
    this.revealedTab = this.shownTab;
    this.tabScroll.reveal(selected);
  }

  override render() {
    if (!this.incidentId) {
      return html`<div class="state"><p class="muted">${this.l10n.t('noIncident')}</p></div>`;
    }
    const incident = this.currentIncident();
    if (incident) return this.renderIncident(incident);
    if (this.incidentTask.status === TaskStatus.ERROR) return this.renderError(this.incidentTask.error);
    return this.renderLoading();
  }

  private renderLoading() {
    return html`<div class="skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">${this.l10n.t('loading')}</p>
      <span></span><span></span><span></span><span></span>
    </div>`;
  }

  private renderError(error: unknown) {
    if (error instanceof RedirectChainError) {
      return html`<div class="state error" role="alert">
        <h1 tabindex="-1">${this.l10n.t('redirectFailed')}</h1>
        <p>${this.l10n.markup('redirectChain', { id: html`<bdi>${error.fromId}</bdi>`, max: MAX_REDIRECTS })}</p>
      </div>`;
    }
    if (ApiError.is(error, 'notFound')) {
      return html`<div class="state error" role="alert">
        <h1 tabindex="-1">${this.l10n.t('notFound')}</h1>
        <p>${error.message}</p>
      </div>`;
    }
    const described = describeApiError(
      error,
      { action: this.l10n.t('actionView'), loading: this.l10n.t('loadingWhat') },
      this.l10n,
    );
    return html`<div class="state error" role="alert">
      <h1 tabindex="-1">${described.title}</h1>
      <p>${described.message}</p>
      ${described.canRetry
        ? html`<button type="button" @click=${() => this.refresh()}>${this.l10n.t('action.retry')}</button>`
        : nothing}
    </div>`;
  }

  private renderIncident(incident: Incident) {
    return html`${this.renderRedirectNotice(incident)} ${this.renderHeader(incident)} ${this.renderTabs(incident)}
      <soc-manage-incident @soc-incident-updated=${this.onIncidentUpdated}></soc-manage-incident>
      ${this.renderLiveResponse()} ${this.renderPlaybooksPanel(incident.id)}`;
  }

  /** "Incident 123 was merged into incident 456", over the target of a merged incident that was asked for. */
  private renderRedirectNotice(incident: Incident) {
    const redirect = this.redirect;
    if (!redirect || redirect.to !== incident.id) return nothing;
    return html`<p class="notice redirect-notice" role="status">
      ${this.l10n.markup('redirected', { from: html`<bdi>${redirect.from}</bdi>`, to: html`<bdi>${redirect.to}</bdi>` })}
    </p>`;
  }

  /** The close button of a side panel: named for what it closes, titled "Close". */
  private renderCloseButton(label: string, close: () => void) {
    return html`<button type="button" class="icon" aria-label=${label} title=${this.l10n.t('action.close')} @click=${close}>
      ${closeIcon}
    </button>`;
  }

  /** The live response console, in a side panel over the page, for the device a tab asked for. */
  private renderLiveResponse() {
    const device = this.liveResponseDevice;
    return html`<dialog class="console" aria-label=${this.l10n.t('liveResponse')} @close=${this.onConsoleClose}>
      <div class="console-bar">
        ${this.renderCloseButton(this.l10n.t('closeLiveResponse'), this.closeConsole)}
      </div>
      ${device
        ? html`<soc-live-response .deviceId=${device.id} .deviceName=${device.displayName}></soc-live-response>`
        : nothing}
    </dialog>`;
  }

  private readonly onRequestLiveResponse = async (event: RequestLiveResponseEvent) => {
    if (event.defaultPrevented) return;
    event.preventDefault();
    this.liveResponseDevice = event.detail.device;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.console');
    if (dialog && !dialog.open) dialog.showModal();
    this.renderRoot.querySelector('soc-live-response')?.focus();
  };

  private readonly closeConsole = () => this.renderRoot.querySelector<HTMLDialogElement>('dialog.console')?.close();

  private readonly onConsoleClose = () => {
    this.liveResponseDevice = undefined;
  };

  /**
   * "Run playbook" in the header: the runner opens in a side panel over the page, whatever tab is
   * shown, and its playbook picker opens at once; closing the panel returns to the same tab.
   */
  private async runPlaybook(): Promise<void> {
    if (this.me.readOnly) return;
    this.playbooksOpen = true;
    await this.updateComplete;
    const panel = this.renderRoot.querySelector<HTMLDialogElement>('dialog.playbooks-panel');
    if (panel && !panel.open) panel.showModal();
    const runner = panel?.querySelector<SocPlaybookRunner>('soc-playbook-runner');
    await runner?.updateComplete;
    runner?.show();
  }

  private readonly closePlaybooks = () =>
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.playbooks-panel')?.close();

  private readonly onPlaybooksClose = () => {
    this.playbooksOpen = false;
    this.renderRoot.querySelector<HTMLElement>('[part="playbook-button"]')?.focus();
  };

  /** The playbook runner on this incident, in a side panel over the page (opened by the header's "Run playbook"). */
  private renderPlaybooksPanel(incidentId: string) {
    if (!this.api?.capabilities.has('playbooks')) return nothing;
    return html`<dialog
      class="playbooks-panel"
      aria-labelledby="playbooks-panel-title"
      @close=${this.onPlaybooksClose}
    >
      <div class="panel-header">
        <h2 id="playbooks-panel-title">${this.l10n.t('playbooksPanel')}</h2>
        ${this.renderCloseButton(this.l10n.t('closePlaybooks'), this.closePlaybooks)}
      </div>
      <div class="panel-body">
        ${this.playbooksOpen
          ? html`<soc-playbook-runner .target=${{ kind: 'incident', id: incidentId }} .incidentId=${incidentId}></soc-playbook-runner>`
          : nothing}
      </div>
    </dialog>`;
  }

  private renderHeader(incident: Incident) {
    const tags = [...incident.customTags, ...incident.systemTags];
    const readOnly = this.me.readOnly;
    return html`<header part="header">
      <div class="title-row">
        <h1 tabindex="-1"><bdi>${incident.displayName}</bdi></h1>
        <div class="actions" part="actions">
          <button
            type="button"
            class="primary"
            part="manage-button"
            @click=${() => this.manageDialog?.show(incident)}
          >
            ${this.l10n.t('manage')}
          </button>
          ${incident.status === 'resolved'
            ? html`<button
                type="button"
                part="reopen-button"
                ?disabled=${this.reopening}
                aria-disabled=${readOnly ? 'true' : 'false'}
                aria-describedby=${readOnly ? 'read-only' : nothing}
                @click=${() => {
                  if (!readOnly) void this.reopen(incident);
                }}
              >
                ${this.reopening ? this.l10n.t('reopening') : this.l10n.t('reopen')}
              </button>`
            : html`<button
                type="button"
                part="resolve-button"
                ?disabled=${incident.status === 'redirected'}
                aria-disabled=${readOnly ? 'true' : 'false'}
                aria-describedby=${readOnly ? 'read-only' : nothing}
                @click=${() => {
                  if (!readOnly) this.manageDialog?.show(incident, { purpose: 'resolve' });
                }}
              >
                ${this.l10n.t('resolve')}
              </button>`}
          ${this.api?.capabilities.has('playbooks')
            ? html`<button
                type="button"
                part="playbook-button"
                aria-haspopup="dialog"
                aria-disabled=${readOnly ? 'true' : 'false'}
                aria-describedby=${readOnly ? 'read-only' : nothing}
                @click=${() => void this.runPlaybook()}
              >
                ${this.l10n.t('runPlaybook')}
              </button>`
            : nothing}
          <soc-export-incident .incidentId=${incident.id}></soc-export-incident>
        </div>
      </div>
      ${readOnly ? html`<p id="read-only" class="read-only muted">${this.l10n.t('readOnly')}</p>` : nothing}
      <p class="action-error" role="alert">${this.actionError ?? nothing}</p>
      <dl class="facts">
        <div>
          <dt>${this.l10n.t('idLabel')}</dt>
          <dd class="incident-id"><bdi>${incident.id}</bdi></dd>
        </div>
        <div>
          <dt>${this.l10n.t('severity')}</dt>
          <dd>
            ${severityMarker(incident.severity, this.l10n)}
          </dd>
        </div>
        <div>
          <dt>${this.l10n.t('status')}</dt>
          <dd class="status">${this.l10n.t(`status.${incident.status}`)}</dd>
        </div>
        <div>
          <dt>${this.l10n.t('assignedTo')}</dt>
          <dd class="assigned-to">
            ${incident.assignedTo ? html`<bdi>${incident.assignedTo}</bdi>` : this.l10n.t('state.unassigned')}
          </dd>
        </div>
        <div>
          <dt>${this.l10n.t('classification')}</dt>
          <dd class="classification">${this.l10n.t(`classification.${incident.classification}`)}</dd>
        </div>
      </dl>
      ${tags.length === 0
        ? nothing
        : html`<ul class="tags" aria-label=${this.l10n.t('tags')}>
            ${incident.customTags.map((tag) => html`<li><bdi>${tag}</bdi></li>`)}
            ${incident.systemTags.map(
              (tag) => html`<li class="system" title=${this.l10n.t('systemTag')}><bdi>${tag}</bdi></li>`,
            )}
          </ul>`}
      ${this.renderAbout(incident)}
    </header>`;
  }

  /** The incident's description and, once resolved, the comment it was resolved with: the analysts' own words. */
  private renderAbout(incident: Incident) {
    if (!incident.description && !incident.resolvingComment) return nothing;
    return html`<dl class="about">
      ${incident.description
        ? html`<dt>${this.l10n.t('description')}</dt>
            <dd class="description" dir="auto">${incident.description}</dd>`
        : nothing}
      ${incident.resolvingComment
        ? html`<dt>${this.l10n.t('resolvingComment')}</dt>
            <dd class="resolving-comment" dir="auto">${incident.resolvingComment}</dd>`
        : nothing}
    </dl>`;
  }

  /** An arrow that pages the tab row toward its start (`back`) or end (`forward`); shown only when the row overflows. */
  private renderTabScroll(direction: 'back' | 'forward') {
    const scroll = this.tabScroll;
    const back = direction === 'back';
    return html`<button
      type="button"
      class="tab-scroll"
      data-direction=${direction}
      tabindex="-1"
      aria-hidden="true"
      title=${this.l10n.t(back ? 'scrollTabsBack' : 'scrollTabsForward')}
      ?hidden=${!scroll.overflows}
      ?disabled=${back ? !scroll.back : !scroll.forward}
      @click=${() => scroll.page(back ? -1 : 1)}
    >
      ${back ? chevronStartIcon : chevronEndIcon}
    </button>`;
  }

  private renderTabs(incident: Incident) {
    const shown = this.shownTab;
    // The arrows are for pointers: keys move through the tabs (each scrolls into view as it is focused),
    // so the arrows are no tab stops and stay out of the accessibility tree.
    return html`<div class="tabbar" part="tabbar">
      ${this.renderTabScroll('back')}
      <div
        class="tablist"
        role="tablist"
        part="tablist"
        aria-label=${this.l10n.t('tabList')}
        @keydown=${this.tabKeyboard.handleKeydown}
      >
        ${this.tabs.map(
          (tab) => html`<button
            type="button"
            role="tab"
            part="tab"
            id="tab-${tab}"
            aria-controls="panel-${tab}"
            aria-selected=${tab === shown ? 'true' : 'false'}
            tabindex=${tab === shown ? 0 : -1}
            @click=${() => void this.selectTab(tab, { focus: false })}
          >
            ${this.l10n.t(INCIDENT_PAGE_TAB_MESSAGES[tab])}
          </button>`,
        )}
      </div>
      ${this.renderTabScroll('forward')}
      </div>
      ${this.tabs.map(
        (tab) => html`<div
          class="tabpanel"
          role="tabpanel"
          part="tabpanel"
          id="panel-${tab}"
          aria-labelledby="tab-${tab}"
          ?hidden=${tab !== shown}
        >
          ${this.visited.has(tab) ? this.renderTabContent(tab, incident.id) : nothing}
        </div>`,
      )}`;
  }


  private renderTabContent(tab: IncidentPageTab, incidentId: string) {
    switch (tab) {
      case 'attack-story':
        return html`<soc-attack-story .incidentId=${incidentId}></soc-attack-story>`;
      case 'alerts':
        return html`<soc-alert-list .incidentId=${incidentId} .alertId=${this.alertId}></soc-alert-list>`;
      case 'assets':
        return html`<soc-assets .incidentId=${incidentId}></soc-assets>`;
      case 'investigations':
        return html`<soc-investigations .incidentId=${incidentId}></soc-investigations>`;
      case 'evidence-and-response':
        return html`<soc-evidence-response .incidentId=${incidentId}></soc-evidence-response>`;
      case 'similar-incidents':
        return html`<soc-similar-incidents .incidentId=${incidentId}></soc-similar-incidents>`;
      case 'activity':
        return html`${this.api?.capabilities.has('playbooks')
            ? html`<soc-playbook-runner
                class="playbooks"
                .target=${{ kind: 'incident', id: incidentId }}
                .incidentId=${incidentId}
              ></soc-playbook-runner>`
            : nothing}
          <soc-activity-log .incidentId=${incidentId}></soc-activity-log>`;
      case 'tasks':
        return html`<soc-incident-tasks .incidentId=${incidentId}></soc-incident-tasks>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-incident-page': SocIncidentPage;
  }
}
