import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Incident } from '../api/model.js';
import type { EntityOpenEvent } from '../events/entity-open.js';
import type { IncidentOpenEvent } from '../events/incident-open.js';
import type { IncidentSelectEvent } from '../events/incident-select.js';
import type { IncidentTabChangeEvent } from '../events/incident-tab-change.js';
import type { IncidentUpdatedEvent } from '../events/incident-updated.js';
import type { IncidentRedirectEvent } from '../events/incident-redirect.js';
import type { IncidentsMergedEvent } from '../events/incidents-merged.js';
import type { RequestCloseEvent } from '../events/request-close.js';
import type { RequestManageEvent } from '../events/request-manage.js';
import {
  DEFAULT_INCIDENT_PAGE_TAB,
  isIncidentPageTab,
  type IncidentPageTab,
} from '../incident-page/incident-page-tabs.js';
import { LocaleController } from '../i18n/localizer.js';
import { deepActiveElement } from '../internal/deep-active-element.js';
import { SocElement } from '../internal/soc-element.js';
import type { SocEntityPage } from '../entity-page/entity-page.js';
import type { SocIncidentPage } from '../incident-page/incident-page.js';
import type { SocManageIncident } from '../manage/manage-incident.js';
import type { SocIncidentQueue } from '../queue/incident-queue.js';
import type { SocIncidentTrend } from '../trend/incident-trend.js';
import { incidentWorkspaceStyles } from './incident-workspace.styles.js';
import { workspaceCatalog } from './messages.js';

/** Query parameters of the workspace's pages in the URL, beside the queue's own. */
const INCIDENT_PARAM = 'incident';
const TAB_PARAM = 'tab';
const ENTITY_PARAM = 'entity';
const ALERT_PARAM = 'alert';

interface PageView {
  id: string;
  tab: IncidentPageTab;
  /** The alert the Alerts tab shows the details of, when the page was opened on one. */
  alertId?: string;
}

/** What the workspace shows: the queue (neither), an incident page, an entity page over it, or an entity alone. */
interface WorkspaceView {
  page?: PageView;
  entityId?: string;
}

/**
 * Kept in `history.state`: the depths (0 queue, 1 incident page, 2 entity page) of the workspace's
 * history entries up to this one, so a "back" control can step back to the nearest entry of the
 * view it names instead of stacking a new one.
 */
const TRAIL_KEY = 'socWorkspaceTrail';

function trailInHistory(): number[] | undefined {
  const trail: unknown = history.state?.[TRAIL_KEY];
  return Array.isArray(trail) && trail.every((depth) => typeof depth === 'number') ? trail : undefined;
}

/** The view the URL names. */
function viewInUrl(): WorkspaceView {
  const params = new URLSearchParams(location.search);
  const id = params.get(INCIDENT_PARAM);
  const tab = params.get(TAB_PARAM);
  const entityId = params.get(ENTITY_PARAM) ?? undefined;
  const alertId = params.get(ALERT_PARAM);
  const page: PageView | undefined = id ? { id, tab: tab && isIncidentPageTab(tab) ? tab : DEFAULT_INCIDENT_PAGE_TAB } : undefined;
  if (page?.tab === 'alerts' && alertId) page.alertId = alertId;
  return { page, entityId };
}

function depthOf(view: WorkspaceView): number {
  return (view.page ? 1 : 0) + (view.entityId ? 1 : 0);
}

/**
 * The triage workflow in one tag: the incident queue, the summary pane of the selected incident,
 * the Manage incident dialog, and the incident page, wired together. Under the queue's heading, "Most recent
 * incidents and alerts" (`soc-incident-trend`, collapsible) charts what came in over the last 24
 * hours or 7 days, and loads again after a save. After a save the row and the
 * pane show the new values at once; the queue then re-sorts in the background, keeping its rows on
 * screen. A click on a row, or Enter on a cell other than its name, shows the incident's summary;
 * Escape (in the pane, or in the grid) closes it. Opening an incident (its name, Enter on its name,
 * or "Open incident page") shows its page; "Incidents" goes back to the queue as it was left. An
 * asset or a graph node opens the entity's page over the incident page, and "Back to incident"
 * returns to the tab it came from; a related incident on the entity page opens that incident. With
 * `url-sync` the pages are in the URL (`?incident=…&tab=…&alert=…&entity=…`) and the browser's back and
 * forward buttons move between them. A merged incident opens the incident it was merged into,
 * with a notice saying so, and the URL names that one.
 *
 * Focus follows the person: a page that opens takes focus on its heading (once it has loaded);
 * going back — "Incidents", "Back to incident", the browser's back button — returns it to what
 * opened the page: the asset, or the queue row of the incident (found by its ID, scrolled into
 * view, wherever the queue has sorted it since). Closing the summary pane returns focus to its row.
 * The one `h1` is the view's title: the queue's "Incidents", or the open page's name.
 *
 * The layout follows the width the workspace is given (a container query), not the viewport: at
 * 720px or less the summary pane is a full-width sheet over the queue, which takes focus and gives
 * it back to the row on close; at 480px or less the queue shows compact rows.
 *
 * The workspace needs the kit's elements registered (`@soc-kit/components/define`) and an
 * `IncidentApi` from an enclosing `<soc-api-provider>`.
 *
 * @summary Queue + summary pane + Manage incident + incident page, wired together.
 * @fires soc-incident-open - Bubbles up when an incident is opened; the workspace shows its page.
 * @csspart trend - The trend of incidents and alerts under the queue's heading ("Most recent incidents and alerts").
 * @csspart queue - The incident queue.
 * @csspart pane - The summary pane.
 * @csspart page - The incident page.
 * @csspart entity-page - The entity page.
 * @cssproperty --soc-incident-workspace-pane-width - Width of the summary pane (default 420px).
 */
export class SocIncidentWorkspace extends SocElement {
  static override styles = incidentWorkspaceStyles;

  /** Reflect the queue's view and the open incident page in the page URL, so either can be shared. */
  @property({ type: Boolean, attribute: 'url-sync' }) urlSync = false;

  /** The incident shown in the summary pane. */
  @state() private selected?: Incident;

  /** The reference time of relative ranges (the queue's and the entity timeline's); a parameter for stable tests. */
  @property({ attribute: false }) clock: () => number = Date.now;

  /** The page shown instead of the queue, if any. */
  @state() private view: WorkspaceView = {};

  private readonly l10n = new LocaleController(this, workspaceCatalog);

  /** What had focus when the entity page opened over the incident page: focus returns there. */
  private entityOpener?: HTMLElement;

  /** The incident whose page was opened from the queue: going back to the queue focuses its row. */
  private queueReturnId?: string;

  @query('soc-incident-queue') private queue?: SocIncidentQueue;
  @query('soc-incident-trend') private trend?: SocIncidentTrend;
  @query('soc-manage-incident') private manage?: SocManageIncident;
  @query('soc-incident-page') private incidentPage?: SocIncidentPage;
  @query('soc-entity-page') private entityPage?: SocEntityPage;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    if (this.urlSync) this.view = viewInUrl();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  override render() {
    const { page, entityId } = this.view;
    return html`
      <div class="queue" ?hidden=${depthOf(this.view) > 0}>
        <soc-incident-queue
          part="queue"
          heading-level="1"
          ?url-sync=${this.urlSync}
          .clock=${this.clock}
          .selectedId=${this.selected?.id ?? null}
          @soc-incident-select=${this.onSelect}
          @soc-incident-open=${this.onOpen}
          @soc-request-manage=${this.onRequestManage}
          @soc-incidents-merged=${this.onMerged}
          @keydown=${this.onQueueKeydown}
        >
          <soc-incident-trend slot="overview" part="trend" heading-level="2" .clock=${this.clock}></soc-incident-trend>
        </soc-incident-queue>
      </div>
      ${this.selected && depthOf(this.view) === 0
        ? html`<aside
            class="pane"
            part="pane"
            tabindex="-1"
            aria-label=${this.l10n.t('summaryPane')}
            @keydown=${this.onPaneKeydown}
          >
            <soc-incident-summary
              .incident=${this.selected}
              @soc-incident-open=${this.onOpen}
              @soc-request-manage=${this.onRequestManage}
              @soc-request-close=${this.onRequestClose}
            ></soc-incident-summary>
          </aside>`
        : nothing}
      ${page
        ? html`<div class="page" ?hidden=${!!entityId}>
            <button type="button" class="back" @click=${this.backToQueue}>
              <span class="back-icon" aria-hidden="true">←</span> ${this.l10n.t('backToQueue')}
            </button>
            <soc-incident-page
              part="page"
              .incidentId=${page.id}
              .alertId=${page.alertId}
              tab=${page.tab}
              @soc-incident-tab-change=${this.onTabChange}
              @soc-incident-updated=${this.onUpdated}
              @soc-incident-redirect=${this.onRedirect}
              @soc-incident-open=${this.onOpen}
              @soc-entity-open=${this.onEntityOpen}
            ></soc-incident-page>
          </div>`
        : nothing}
      ${entityId
        ? html`<div class="page entity" tabindex="-1" aria-label=${this.l10n.t('entityPage')}>
            <soc-entity-page
              part="entity-page"
              .entityId=${entityId}
              .clock=${this.clock}
              back-label=${this.l10n.t(page ? 'backToIncident' : 'backToIncidents')}
              @soc-request-close=${this.onEntityClose}
              @soc-incident-open=${this.onOpen}
            ></soc-entity-page>
          </div>`
        : nothing}
      <soc-manage-incident @soc-incident-updated=${this.onUpdated}></soc-manage-incident>
    `;
  }

  private async onSelect(event: IncidentSelectEvent) {
    this.selected = event.detail.incident;
    await this.updateComplete;
    // A sheet over a hidden queue takes focus, and gives it back to the row when it closes.
    if (this.paneCoversQueue()) this.renderRoot.querySelector<HTMLElement>('.pane')?.focus();
  }

  /** Whether the summary pane is a sheet over the queue (a narrow workspace): the queue is hidden under it. */
  private paneCoversQueue(): boolean {
    const queue = this.renderRoot.querySelector<HTMLElement>('.queue');
    return !!queue && !!this.renderRoot.querySelector('.pane') && getComputedStyle(queue).visibility === 'hidden';
  }

  /**
   * Shows incident `id`'s page, on `tab` (its first by default), or on its Alerts tab with the details
   * of `alertId` — as a host's link from elsewhere (an alert queue, a notification) opens it.
   */
  openIncident(id: string, options: { tab?: IncidentPageTab; alertId?: string } = {}): void {
    const { alertId } = options;
    const tab = alertId ? 'alerts' : (options.tab ?? DEFAULT_INCIDENT_PAGE_TAB);
    this.entityOpener = undefined;
    this.show({ page: { id, tab, ...(alertId ? { alertId } : {}) } }, 'push');
  }

  private onOpen(event: IncidentOpenEvent) {
    const { incident, alertId } = event.detail;
    // A link that only names the incident (an entity's related incident) leaves the summary pane alone.
    if ('etag' in incident) this.selected = incident;
    this.openIncident(incident.id, { alertId });
  }

  private onTabChange(event: IncidentTabChangeEvent) {
    const { page } = this.view;
    if (page) this.show({ ...this.view, page: { id: page.id, tab: event.detail.tab } }, 'replace');
  }

  private onEntityOpen(event: EntityOpenEvent) {
    this.entityOpener = deepActiveElement();
    this.show({ page: this.view.page, entityId: event.detail.entity.id }, 'push');
  }

  private onEntityClose(event: RequestCloseEvent) {
    if (event.defaultPrevented) return;
    event.preventDefault();
    this.goBackTo({ page: this.view.page });
  }

  private readonly backToQueue = () => this.goBackTo({});

  /**
   * Returns to `target`, a view below the current one: through the browser's history when the
   * workspace put the views in between there (so forward comes back), else as a new entry.
   */
  private goBackTo(target: WorkspaceView): void {
    const trail = (this.urlSync && trailInHistory()) || [];
    const index = trail.length > 1 ? trail.lastIndexOf(depthOf(target), trail.length - 2) : -1;
    if (index >= 0) history.go(index - (trail.length - 1));
    else this.show(target, 'push');
  }

  private readonly onPopState = () => {
    if (!this.urlSync) return;
    const from = this.view;
    this.view = viewInUrl();
    void this.followFocus(from, this.view);
  };

  /**
   * Moves focus with the view: a page that opens takes it on its heading; going back gives it to
   * what opened the page (the asset of an entity page, the queue row of an incident page).
   */
  private async followFocus(from: WorkspaceView, to: WorkspaceView): Promise<void> {
    const entityOpener = this.entityOpener;
    if (!to.entityId) this.entityOpener = undefined;
    if (depthOf(from) === 0 && depthOf(to) > 0) this.queueReturnId = to.page?.id ?? this.selected?.id;
    await this.updateComplete;
    if (to.entityId) {
      if (to.entityId !== from.entityId) this.focusEntityPage();
    } else if (to.page) {
      const backFromEntity = !!from.entityId && from.page?.id === to.page.id;
      if (backFromEntity && entityOpener?.isConnected) entityOpener.focus();
      else if (backFromEntity || from.page?.id !== to.page.id) this.incidentPage?.focusHeading();
    } else if (depthOf(from) > 0) {
      const id = this.queueReturnId ?? from.page?.id;
      this.queueReturnId = undefined;
      await this.focusQueue(id);
    }
  }

  /** The entity page's frame holds focus while the entity loads; then its heading takes it. */
  private focusEntityPage(): void {
    this.renderRoot.querySelector<HTMLElement>('.entity')?.focus();
    this.entityPage?.focusHeading();
  }

  /** Focus back on the queue: on the row of incident `id`, or on the summary sheet when that covers the queue. */
  private async focusQueue(id: string | undefined): Promise<void> {
    if (this.paneCoversQueue()) {
      this.renderRoot.querySelector<HTMLElement>('.pane')?.focus();
      return;
    }
    if (id) await this.queue?.focusIncident(id);
  }

  private show(view: WorkspaceView, how: 'push' | 'replace', { focus = true } = {}) {
    const from = this.view;
    this.view = view;
    if (focus) void this.followFocus(from, view);
    if (!this.urlSync) return;
    const url = new URL(location.href);
    const params: [string, string | undefined][] = [
      [INCIDENT_PARAM, view.page?.id],
      [TAB_PARAM, view.page?.tab],
      [ALERT_PARAM, view.page?.alertId],
      [ENTITY_PARAM, view.entityId],
    ];
    for (const [name, value] of params) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    if (url.href === location.href) return;
    if (how === 'push') {
      const trail = [...(trailInHistory() ?? [depthOf(from)]), depthOf(view)];
      history.pushState({ ...(history.state ?? {}), [TRAIL_KEY]: trail }, '', url);
    } else {
      history.replaceState(history.state, '', url);
    }
  }

  private onRequestManage(event: RequestManageEvent) {
    if (event.defaultPrevented) return;
    event.preventDefault();
    this.manage?.show(event.detail.incidents);
  }

  private onRequestClose(event: RequestCloseEvent) {
    if (event.defaultPrevented) return;
    void this.closePane();
  }

  /** Escape in the summary pane closes it. */
  private readonly onPaneKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    void this.closePane();
  };

  /** Escape in the queue's grid closes the summary pane too (not in its search box or dialogs). */
  private readonly onQueueKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !this.selected) return;
    const inGrid = event
      .composedPath()
      .some((target) => target instanceof Element && target.getAttribute('role') === 'grid');
    if (!inGrid) return;
    event.preventDefault();
    void this.closePane();
  };

  /** Hides the summary pane; focus that was in it goes back to the incident's row. */
  private async closePane(): Promise<void> {
    const id = this.selected?.id;
    if (!id) return;
    this.selected = undefined;
    await this.updateComplete;
    // Focus in the pane went with it; focus elsewhere (in the grid) stays where it is.
    const active = deepActiveElement();
    if (!active || active === document.body) await this.queue?.focusIncident(id);
  }

  /** The page shows the incident a merged one went into: the URL names that one now, in place of the merged one. */
  private onRedirect(event: IncidentRedirectEvent) {
    const { page } = this.view;
    if (page?.id !== event.detail.fromId) return;
    this.show({ ...this.view, page: { ...page, id: event.detail.incident.id } }, 'replace', { focus: false });
  }

  /** The queue reloads itself after a merge; the pane and the trend follow. */
  private onMerged(event: IncidentsMergedEvent) {
    const { incident, redirected } = event.detail;
    const selected = [incident, ...redirected].find((merged) => merged.id === this.selected?.id);
    if (selected) this.selected = selected;
    this.trend?.refresh();
  }

  private onUpdated(event: IncidentUpdatedEvent) {
    for (const incident of event.detail.incidents) {
      this.queue?.upsertIncident(incident);
      if (incident.id === this.selected?.id) this.selected = incident;
    }
    // The rows already show the saved values; a refresh in the background (rows stay on screen)
    // then sorts them again, so an incident just edited comes to the top of the default order.
    void this.queue?.refresh();
    this.trend?.refresh();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-incident-workspace': SocIncidentWorkspace;
  }
}
