import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ApiError } from '../api/api-error.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Incident } from '../api/model.js';
import { TabListKeyboardController } from '../controllers/tab-list-keyboard.js';
import { IncidentUpdatedEvent } from '../events/incident-updated.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { CLASSIFICATION_LABELS, INCIDENT_STATUS_LABELS } from '../internal/labels.js';
import { severityMarker, severityMarkerStyles } from '../internal/severity-marker.js';
import { SocElement } from '../internal/soc-element.js';
import type { SocManageIncident } from '../manage/manage-incident.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import {
  INCIDENT_PAGE_TAB_LABELS,
  INCIDENT_PAGE_TABS,
  isIncidentPageTab,
  type IncidentPageTab,
} from './incident-page-tabs.js';
import { incidentPageStyles } from './incident-page.styles.js';
import { IncidentTabChangeEvent } from '../events/incident-tab-change.js';

/**
 * The page of one incident: a header with what it is and who owns it, the way to manage it,
 * and tabs for its alerts and its impacted assets.
 *
 * @summary Full page of one incident, with Alerts and Assets tabs.
 *
 * @fires soc-incident-tab-change - Another tab was chosen; `detail.tab` is the tab, for a host to put in the URL.
 * @fires soc-incident-updated - The embedded manage dialog saved; `detail.incidents` holds the stored version.
 * @fires soc-entity-open - An entity's name was pressed in the Assets tab (passed on from `soc-assets`).
 * @fires soc-alert-select - An alert was chosen in the Alerts tab (passed on from `soc-alert-list`).
 *
 * @csspart header - Name, facts, tags and the "Manage incident" button.
 * @csspart manage-button - The "Manage incident" button.
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
  static override styles = [baseStyles, skeletonStyles, severityMarkerStyles, incidentPageStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  /** ID of the incident to show. */
  @property({ attribute: 'incident-id' }) incidentId?: string;

  /** The tab to show; a host sets it to deep-link a tab. */
  @property({ reflect: true }) tab: IncidentPageTab = 'alerts';

  /** The version the manage dialog stored last, newer than the loaded one. */
  @state() private saved?: Incident;

  /** Tabs shown at least once: their content stays, so coming back does not reload it. */
  @state() private visited = new Set<IncidentPageTab>();

  /** A header action (reopen) that failed, and why. */
  @state() private actionError?: string;
  @state() private reopening = false;

  @query('soc-manage-incident') private manageDialog?: SocManageIncident;

  private readonly incidentTask = new Task(this, {
    task: ([api, id], { signal }) => (api && id ? api.getIncident(id, { signal }) : initialState),
    args: () => [this.api, this.incidentId] as const,
  });

  private readonly tabKeyboard = new TabListKeyboardController(this, {
    count: () => INCIDENT_PAGE_TABS.length,
    selected: () => INCIDENT_PAGE_TABS.indexOf(this.shownTab),
    onSelect: (index) => void this.selectTab(INCIDENT_PAGE_TABS[index], { focus: true }),
  });

  /** Loads the incident again. */
  refresh(): void {
    this.saved = undefined;
    void this.incidentTask.run();
  }

  private get shownTab(): IncidentPageTab {
    return isIncidentPageTab(this.tab) ? this.tab : 'alerts';
  }

  private async selectTab(tab: IncidentPageTab, { focus }: { focus: boolean }): Promise<void> {
    if (tab !== this.shownTab) {
      this.tab = tab;
      this.emit(new IncidentTabChangeEvent(tab));
      await this.updateComplete;
    }
    if (focus) this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  private readonly onIncidentUpdated = (event: IncidentUpdatedEvent) => {
    this.actionError = undefined;
    const stored = event.detail.incidents.find((incident) => incident.id === this.incidentId);
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
        this.actionError = 'Someone else changed this incident; the newer version is shown. Reopen it again if it still applies.';
        this.refresh();
      } else {
        this.actionError = `The incident was not reopened. ${describeApiError(error, { action: 'reopen incidents' }).message}`;
      }
    } finally {
      this.reopening = false;
    }
  }

  private currentIncident(): Incident | undefined {
    if (this.saved && this.saved.id === this.incidentId) return this.saved;
    const { status, value } = this.incidentTask;
    // While the same incident reloads, its last version stays on screen.
    if (status === TaskStatus.COMPLETE || (status === TaskStatus.PENDING && value?.id === this.incidentId)) return value;
    return undefined;
  }

  override willUpdate(): void {
    if (!this.visited.has(this.shownTab)) this.visited = new Set([...this.visited, this.shownTab]);
  }

  override render() {
    if (!this.incidentId) {
      return html`<div class="state"><p class="muted">No incident selected.</p></div>`;
    }
    const incident = this.currentIncident();
    if (incident) return this.renderIncident(incident);
    if (this.incidentTask.status === TaskStatus.ERROR) return this.renderError(this.incidentTask.error);
    return this.renderLoading();
  }

  private renderLoading() {
    return html`<div class="skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">Loading incident…</p>
      <span></span><span></span><span></span><span></span>
    </div>`;
  }

  private renderError(error: unknown) {
    if (ApiError.is(error, 'notFound')) {
      return html`<div class="state error" role="alert">
        <h1>Incident not found</h1>
        <p>${error.message}</p>
      </div>`;
    }
    const described = describeApiError(error, { action: 'view this incident', loading: 'the incident' });
    return html`<div class="state error" role="alert">
      <h1>${described.title}</h1>
      <p>${described.message}</p>
      ${described.canRetry ? html`<button type="button" @click=${() => this.refresh()}>Retry</button>` : nothing}
    </div>`;
  }

  private renderIncident(incident: Incident) {
    return html`${this.renderHeader(incident)} ${this.renderTabs(incident)}
      <soc-manage-incident @soc-incident-updated=${this.onIncidentUpdated}></soc-manage-incident>`;
  }

  private renderHeader(incident: Incident) {
    const tags = [...incident.customTags, ...incident.systemTags];
    return html`<header part="header">
      <div class="title-row">
        <h1>${incident.displayName}</h1>
        <div class="actions" part="actions">
          <button
            type="button"
            class="primary"
            part="manage-button"
            @click=${() => this.manageDialog?.show(incident)}
          >
            Manage incident
          </button>
          ${incident.status === 'resolved'
            ? html`<button type="button" part="reopen-button" ?disabled=${this.reopening} @click=${() => void this.reopen(incident)}>
                ${this.reopening ? 'Reopening…' : 'Reopen incident'}
              </button>`
            : html`<button
                type="button"
                part="resolve-button"
                ?disabled=${incident.status === 'redirected'}
                @click=${() => this.manageDialog?.show(incident, { purpose: 'resolve' })}
              >
                Resolve incident
              </button>`}
          <soc-export-incident .incidentId=${incident.id}></soc-export-incident>
        </div>
      </div>
      <p class="action-error" role="alert">${this.actionError ?? nothing}</p>
      <dl class="facts">
        <div>
          <dt>Incident ID</dt>
          <dd class="incident-id">${incident.id}</dd>
        </div>
        <div>
          <dt>Severity</dt>
          <dd>
            ${severityMarker(incident.severity)}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd class="status">${INCIDENT_STATUS_LABELS[incident.status] ?? incident.status}</dd>
        </div>
        <div>
          <dt>Assigned to</dt>
          <dd class="assigned-to">${incident.assignedTo ?? 'Unassigned'}</dd>
        </div>
        <div>
          <dt>Classification</dt>
          <dd class="classification">
            ${CLASSIFICATION_LABELS[incident.classification] ?? incident.classification}
          </dd>
        </div>
      </dl>
      ${tags.length === 0
        ? nothing
        : html`<ul class="tags" aria-label="Tags">
            ${incident.customTags.map((tag) => html`<li>${tag}</li>`)}
            ${incident.systemTags.map((tag) => html`<li class="system" title="System tag">${tag}</li>`)}
          </ul>`}
    </header>`;
  }

  private renderTabs(incident: Incident) {
    const shown = this.shownTab;
    return html`<div
        class="tablist"
        role="tablist"
        part="tablist"
        aria-label="Incident"
        @keydown=${this.tabKeyboard.handleKeydown}
      >
        ${INCIDENT_PAGE_TABS.map(
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
            ${INCIDENT_PAGE_TAB_LABELS[tab]}
          </button>`,
        )}
      </div>
      ${INCIDENT_PAGE_TABS.map(
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
      case 'alerts':
        return html`<soc-alert-list .incidentId=${incidentId}></soc-alert-list>`;
      case 'assets':
        return html`<soc-assets .incidentId=${incidentId}></soc-assets>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-incident-page': SocIncidentPage;
  }
}
