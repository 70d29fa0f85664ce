import { consume } from '@lit/context';
import { initialState, Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Evidence } from '../api/model.js';
import { EntityOpenEvent } from '../events/entity-open.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { REMEDIATION_STATUS_LABELS } from '../internal/labels.js';
import { SocElement } from '../internal/soc-element.js';
import { verdictMarker, verdictMarkerStyles } from '../internal/verdict-marker.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { ASSET_GROUPS, groupEvidence, rolesText, type AssetGroup, type AssetGroupKey } from './asset-groups.js';
import { assetsStyles } from './assets.styles.js';
import { TabListKeyboardController } from '../controllers/tab-list-keyboard.js';


/**
 * The Assets tab of an incident: the incident's evidence grouped as devices, users, mailboxes,
 * apps, IP addresses, cloud resources and other evidence, with a table of the chosen group.
 * The groups are a vertical tab list (arrow keys, Home, End); each entity's name is a button
 * that asks the host to open the entity's page.
 *
 * @summary Assets tab of an incident: its evidence by group.
 *
 * @fires soc-entity-open - An entity's name was pressed; `detail.entity` is the entity.
 *
 * @csspart groups - The tab list of groups.
 * @csspart group - One group's tab.
 * @csspart table - The table of the chosen group's entities.
 * @csspart entity-button - An entity's name button (a client without entity pages shows the name as text).
 *
 * @cssproperty --soc-color-background - Surface of the tab.
 * @cssproperty --soc-color-border - Dividers and table lines.
 * @cssproperty --soc-color-selected - The chosen group and hovered rows.
 * @cssproperty --soc-color-accent - Entity names and the chosen group's marker.
 * @cssproperty --soc-color-danger - Marker of malicious entities.
 * @cssproperty --soc-color-warning - Marker of suspicious entities.
 * @cssproperty --soc-color-success - Marker of entities with no threats found.
 */
export class SocAssets extends SocElement {
  static override styles = [verdictMarkerStyles, baseStyles, skeletonStyles, assetsStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  /** ID of the incident whose assets to show. */
  @property({ attribute: 'incident-id' }) incidentId?: string;

  /** The group chosen by the person; until then the first group with entities. */
  @state() private chosenGroup?: AssetGroupKey;

  private readonly evidenceTask = new Task(this, {
    task: ([api, id], { signal }) => (api && id ? api.listEvidence(id, { signal }) : initialState),
    args: () => [this.api, this.incidentId] as const,
  });

  private readonly tabKeyboard = new TabListKeyboardController(this, {
    count: () => ASSET_GROUPS.length,
    selected: () => ASSET_GROUPS.findIndex((group) => group.key === this.shownGroup),
    onSelect: (index) => void this.chooseGroup(ASSET_GROUPS[index].key, { focus: true }),
  });

  #grouped?: { evidence: Evidence[]; groups: Map<AssetGroupKey, Evidence[]> };

  /** The loaded evidence by group, regrouped only when new evidence arrives. */
  private get groups(): Map<AssetGroupKey, Evidence[]> {
    const evidence = this.evidenceTask.value ?? [];
    if (this.#grouped?.evidence !== evidence) this.#grouped = { evidence, groups: groupEvidence(evidence) };
    return this.#grouped.groups;
  }

  /** Loads the evidence again. */
  refresh(): void {
    void this.evidenceTask.run();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('incidentId')) this.chosenGroup = undefined;
  }

  private get shownGroup(): AssetGroupKey {
    if (this.chosenGroup) return this.chosenGroup;
    return ASSET_GROUPS.find((group) => (this.groups.get(group.key)?.length ?? 0) > 0)?.key ?? ASSET_GROUPS[0].key;
  }

  private async chooseGroup(key: AssetGroupKey, { focus = false } = {}): Promise<void> {
    this.chosenGroup = key;
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#group-${key}`)?.focus();
  }

  override render() {
    if (!this.incidentId) {
      return html`<div class="state"><p class="muted">Select an incident to see its assets.</p></div>`;
    }
    return this.evidenceTask.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      error: (error) => this.renderError(error),
      complete: (evidence) => this.renderAssets(evidence),
    });
  }

  private renderLoading() {
    return html`<div class="skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">Loading assets…</p>
      <div class="skeleton-groups"><span></span><span></span><span></span><span></span></div>
      <div class="skeleton-rows"><span></span><span></span><span></span><span></span><span></span></div>
    </div>`;
  }

  private renderError(error: unknown) {
    const described = describeApiError(error, { action: 'view the assets of this incident', loading: 'assets' });
    return html`<div class="state error" role="alert">
      <h2>${described.title}</h2>
      <p>${described.message}</p>
      ${described.canRetry ? html`<button type="button" @click=${() => this.refresh()}>Retry</button>` : nothing}
    </div>`;
  }

  private renderAssets(evidence: Evidence[]) {
    if (evidence.length === 0) {
      return html`<div class="state"><p class="empty">No assets</p></div>`;
    }
    const shown = ASSET_GROUPS.find((group) => group.key === this.shownGroup)!;
    return html`<div class="layout">
      <div
        class="groups"
        part="groups"
        role="tablist"
        aria-label="Asset groups"
        aria-orientation="vertical"
        @keydown=${this.tabKeyboard.handleKeydown}
      >
        ${ASSET_GROUPS.map((group) => this.renderGroupTab(group, group.key === shown.key))}
      </div>
      <div class="panel" role="tabpanel" id="panel" aria-labelledby="group-${shown.key}">
        ${this.renderTable(shown, this.groups.get(shown.key) ?? [])}
      </div>
    </div>`;
  }

  private renderGroupTab(group: AssetGroup, selected: boolean) {
    const count = this.groups.get(group.key)?.length ?? 0;
    return html`<button
      type="button"
      role="tab"
      part="group"
      id="group-${group.key}"
      class=${count === 0 ? 'none' : ''}
      aria-selected=${selected ? 'true' : 'false'}
      aria-controls=${selected ? 'panel' : nothing}
      tabindex=${selected ? 0 : -1}
      @click=${() => void this.chooseGroup(group.key)}
    >
      <span class="group-label">${group.label}</span>
      <span class="count">${count}</span>
    </button>`;
  }

  private renderTable(group: AssetGroup, entities: Evidence[]) {
    if (entities.length === 0) {
      return html`<p class="muted group-empty">No ${group.label.toLowerCase()} in this incident.</p>`;
    }
    return html`<div class="table-scroll">
      <table part="table">
        <caption class="visually-hidden">
          ${group.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Verdict</th>
            <th scope="col">Remediation status</th>
            <th scope="col">Roles</th>
            ${group.columns.map((column) => html`<th scope="col">${column.heading}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${entities.map(
            (entity) => html`<tr data-entity-id=${entity.id}>
              <th scope="row">
                ${this.api?.capabilities.has('entityPages')
                  ? html`<button
                      type="button"
                      class="entity"
                      part="entity-button"
                      @click=${() => this.emit(new EntityOpenEvent(entity))}
                    >
                      ${entity.displayName || entity.id}
                    </button>`
                  : html`<span class="entity-name">${entity.displayName || entity.id}</span>`}
              </th>
              <td>${verdictMarker(entity.verdict)}</td>
              <td>${REMEDIATION_STATUS_LABELS[entity.remediationStatus] ?? entity.remediationStatus}</td>
              <td>${rolesText(entity)}</td>
              ${group.columns.map((column) => html`<td>${column.value(entity)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-assets': SocAssets;
  }
}
