import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Incident } from '../api/model.js';
import type { IncidentOpenEvent } from '../events/incident-open.js';
import type { IncidentSelectEvent } from '../events/incident-select.js';
import type { IncidentUpdatedEvent } from '../events/incident-updated.js';
import type { RequestCloseEvent } from '../events/request-close.js';
import type { RequestManageEvent } from '../events/request-manage.js';
import { SocElement } from '../internal/soc-element.js';
import type { SocManageIncident } from '../manage/manage-incident.js';
import type { SocIncidentQueue } from '../queue/incident-queue.js';
import { incidentWorkspaceStyles } from './incident-workspace.styles.js';

/**
 * The triage workflow in one tag: the incident queue, the summary pane of the selected incident,
 * and the Manage incident dialog, wired together. After a save the row and the pane show the new
 * values at once; the queue then re-sorts in the background, keeping its rows on screen.
 *
 * The workspace needs the kit's elements registered (`@soc-kit/components/define`) and an
 * `IncidentApi` from an enclosing `<soc-api-provider>`.
 *
 * @summary Queue + summary pane + Manage incident, wired together.
 * @fires soc-incident-open - Bubbles up from the queue (Enter on a row, or a click on a name), which also
 *   shows the incident in the summary pane.
 * @csspart queue - The incident queue.
 * @csspart pane - The summary pane.
 * @cssproperty --soc-incident-workspace-pane-width - Width of the summary pane (default 420px).
 */
export class SocIncidentWorkspace extends SocElement {
  static override styles = incidentWorkspaceStyles;

  /** Reflect the queue's filters, search and sort in the page URL, so a view can be shared. */
  @property({ type: Boolean, attribute: 'url-sync' }) urlSync = false;

  /** The incident shown in the summary pane. */
  @state() private selected?: Incident;

  @query('soc-incident-queue') private queue?: SocIncidentQueue;
  @query('soc-manage-incident') private manage?: SocManageIncident;

  override render() {
    return html`
      <div class="queue">
        <soc-incident-queue
          part="queue"
          ?url-sync=${this.urlSync}
          .selectedId=${this.selected?.id ?? null}
          @soc-incident-select=${this.onSelect}
          @soc-incident-open=${this.onOpen}
          @soc-request-manage=${this.onRequestManage}
        ></soc-incident-queue>
      </div>
      ${this.selected
        ? html`<aside class="pane" part="pane" aria-label="Incident summary">
            <soc-incident-summary
              .incident=${this.selected}
              .openPage=${false}
              @soc-request-manage=${this.onRequestManage}
              @soc-request-close=${this.onRequestClose}
            ></soc-incident-summary>
          </aside>`
        : nothing}
      <soc-manage-incident @soc-incident-updated=${this.onUpdated}></soc-manage-incident>
    `;
  }

  private onSelect(event: IncidentSelectEvent) {
    this.selected = event.detail.incident;
  }

  /** Enter on a row, or its name: this version has no incident page, so the summary pane shows it. */
  private onOpen(event: IncidentOpenEvent) {
    this.selected = event.detail.incident;
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
