import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Incident } from '../api/model.js';
import type { IncidentOpenEvent } from '../events/incident-open.js';
import type { IncidentSelectEvent } from '../events/incident-select.js';
import type { IncidentTabChangeEvent } from '../events/incident-tab-change.js';
import type { IncidentUpdatedEvent } from '../events/incident-updated.js';
import type { RequestCloseEvent } from '../events/request-close.js';
import type { RequestManageEvent } from '../events/request-manage.js';
import { isIncidentPageTab, type IncidentPageTab } from '../incident-page/incident-page-tabs.js';
import { SocElement } from '../internal/soc-element.js';
import type { SocManageIncident } from '../manage/manage-incident.js';
import type { SocIncidentQueue } from '../queue/incident-queue.js';
import { incidentWorkspaceStyles } from './incident-workspace.styles.js';

/** Query parameters of the incident page in the URL, beside the queue's own. */
const INCIDENT_PARAM = 'incident';
const TAB_PARAM = 'tab';

interface PageView {
  id: string;
  tab: IncidentPageTab;
}

/** The incident page the URL names, if any. */
function pageInUrl(): PageView | undefined {
  const params = new URLSearchParams(location.search);
  const id = params.get(INCIDENT_PARAM);
  if (!id) return undefined;
  const tab = params.get(TAB_PARAM);
  return { id, tab: tab && isIncidentPageTab(tab) ? tab : 'alerts' };
}

/**
 * The triage workflow in one tag: the incident queue, the summary pane of the selected incident,
 * the Manage incident dialog, and the incident page, wired together. After a save the row and the
 * pane show the new values at once; the queue then re-sorts in the background, keeping its rows on
 * screen. Opening an incident (its name, Enter on its row, or "Open incident page") shows its page;
 * "Incidents" goes back to the queue as it was left. With `url-sync` the page is in the URL
 * (`?incident=…&tab=…`) and the browser's back and forward buttons move between queue and page.
 *
 * The workspace needs the kit's elements registered (`@soc-kit/components/define`) and an
 * `IncidentApi` from an enclosing `<soc-api-provider>`.
 *
 * @summary Queue + summary pane + Manage incident + incident page, wired together.
 * @fires soc-incident-open - Bubbles up when an incident is opened; the workspace shows its page.
 * @csspart queue - The incident queue.
 * @csspart pane - The summary pane.
 * @csspart page - The incident page.
 * @cssproperty --soc-incident-workspace-pane-width - Width of the summary pane (default 420px).
 */
export class SocIncidentWorkspace extends SocElement {
  static override styles = incidentWorkspaceStyles;

  /** Reflect the queue's view and the open incident page in the page URL, so either can be shared. */
  @property({ type: Boolean, attribute: 'url-sync' }) urlSync = false;

  /** The incident shown in the summary pane. */
  @state() private selected?: Incident;

  /** The incident page shown instead of the queue, if any. */
  @state() private page?: PageView;

  @query('soc-incident-queue') private queue?: SocIncidentQueue;
  @query('soc-manage-incident') private manage?: SocManageIncident;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    if (this.urlSync) this.page = pageInUrl();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  override render() {
    return html`
      <div class="queue" ?hidden=${!!this.page}>
        <soc-incident-queue
          part="queue"
          ?url-sync=${this.urlSync}
          .selectedId=${this.selected?.id ?? null}
          @soc-incident-select=${this.onSelect}
          @soc-incident-open=${this.onOpen}
          @soc-request-manage=${this.onRequestManage}
        ></soc-incident-queue>
      </div>
      ${this.selected && !this.page
        ? html`<aside class="pane" part="pane" aria-label="Incident summary">
            <soc-incident-summary
              .incident=${this.selected}
              @soc-incident-open=${this.onOpen}
              @soc-request-manage=${this.onRequestManage}
              @soc-request-close=${this.onRequestClose}
            ></soc-incident-summary>
          </aside>`
        : nothing}
      ${this.page
        ? html`<div class="page">
            <button type="button" class="back" @click=${this.backToQueue}>
              <span aria-hidden="true">←</span> Incidents
            </button>
            <soc-incident-page
              part="page"
              .incidentId=${this.page.id}
              tab=${this.page.tab}
              @soc-incident-tab-change=${this.onTabChange}
              @soc-incident-updated=${this.onUpdated}
            ></soc-incident-page>
          </div>`
        : nothing}
      <soc-manage-incident @soc-incident-updated=${this.onUpdated}></soc-manage-incident>
    `;
  }

  private onSelect(event: IncidentSelectEvent) {
    this.selected = event.detail.incident;
  }

  private onOpen(event: IncidentOpenEvent) {
    const { incident } = event.detail;
    // A link that only names the incident (an entity's related incident) leaves the summary pane alone.
    if ('etag' in incident) this.selected = incident;
    this.showPage({ id: incident.id, tab: 'alerts' }, 'push');
  }

  private onTabChange(event: IncidentTabChangeEvent) {
    if (this.page) this.showPage({ ...this.page, tab: event.detail.tab }, 'replace');
  }

  private readonly backToQueue = () => {
    // With the page in the history, "Incidents" is the browser's back: forward returns to the page.
    if (this.urlSync && history.state?.socIncidentPage) history.back();
    else this.showPage(undefined, 'push');
  };

  private readonly onPopState = () => {
    if (this.urlSync) this.page = pageInUrl();
  };

  private showPage(page: PageView | undefined, how: 'push' | 'replace') {
    this.page = page;
    if (!this.urlSync) return;
    const url = new URL(location.href);
    if (page) {
      url.searchParams.set(INCIDENT_PARAM, page.id);
      url.searchParams.set(TAB_PARAM, page.tab);
    } else {
      url.searchParams.delete(INCIDENT_PARAM);
      url.searchParams.delete(TAB_PARAM);
    }
    if (url.href === location.href) return;
    const state = { ...(history.state ?? {}), socIncidentPage: !!page };
    if (how === 'push') history.pushState(state, '', url);
    else history.replaceState(state, '', url);
  }

  private onRequestManage(event: RequestManageEvent) {
    if (event.defaultPrevented) return;
    event.preventDefault();
    this.manage?.show(event.detail.incidents);
  }

  private onRequestClose(event: RequestCloseEvent) {
    if (event.defaultPrevented) return;
    this.selected = undefined;
  }

  private onUpdated(event: IncidentUpdatedEvent) {
    for (const incident of event.detail.incidents) {
      this.queue?.upsertIncident(incident);
      if (incident.id === this.selected?.id) this.selected = incident;
    }
    // The rows already show the saved values; a refresh in the background (rows stay on screen)
    // then sorts them again, so an incident just edited comes to the top of the default order.
    void this.queue?.refresh();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-incident-workspace': SocIncidentWorkspace;
  }
}
