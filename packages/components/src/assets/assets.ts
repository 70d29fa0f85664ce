import { consume } from '@lit/context';
import { initialState, Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Evidence } from '../api/model.js';
import { EntityOpenEvent } from '../events/entity-open.js';
import { LocaleController } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { SocElement } from '../internal/soc-element.js';
import { verdictMarker, verdictMarkerStyles } from '../internal/verdict-marker.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { ASSET_GROUPS, groupEvidence, rolesText, type AssetGroup, type AssetGroupKey } from './asset-groups.js';
import { assetsStyles } from './assets.styles.js';
import { assetsCatalog } from './messages.js';
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

  private readonly l10n = new LocaleController(this, assetsCatalog);

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
      return html`<div class="state"><p class="muted">${this.l10n.t('empty')}</p></div>`;
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
      <p class="visually-hidden" role="status">${this.l10n.t('loading')}</p>
      <div class="skeleton-groups"><span></span><span></span><span></span><span></span></div>
      <div class="skeleton-rows"><span></span><span></span><span></span><span></span><span></span></div>
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

  private renderAssets(evidence: Evidence[]) {
    if (evidence.length === 0) {
      return html`<div class="state"><p class="empty">${this.l10n.t('noAssets')}</p></div>`;
    }
    const shown = ASSET_GROUPS.find((group) => group.key === this.shownGroup)!;
    return html`<div class="layout">
      <div
        class="groups"
        part="groups"
        role="tablist"
        aria-label=${this.l10n.t('groupsLabel')}
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
      <span class="group-label">${this.l10n.t(`entityTypePlural.${group.type ?? 'unknown'}`)}</span>
      <span class="count">${this.l10n.count(count)}</span>
    </button>`;
  }

  private renderTable(group: AssetGroup, entities: Evidence[]) {
    if (entities.length === 0) {
      return html`<p class="muted group-empty">${this.l10n.t(`groupEmpty.${group.key}`)}</p>`;
    }
    return html`<div class="table-scroll">
      <table part="table">
        <caption class="visually-hidden">
          ${this.l10n.t(`entityTypePlural.${group.type ?? 'unknown'}`)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.l10n.t('column.name')}</th>
            <th scope="col">${this.l10n.t('field.verdict')}</th>
            <th scope="col">${this.l10n.t('field.remediationStatus')}</th>
            <th scope="col">${this.l10n.t('field.roles')}</th>
            ${group.columns.map((column) => html`<th scope="col">${this.l10n.t(column.key)}</th>`)}
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
                      dir="auto"
                      @click=${() => this.emit(new EntityOpenEvent(entity))}
                    >
                      ${entity.displayName || entity.id}
                    </button>`
                  : html`<span class="entity-name" dir="auto">${entity.displayName || entity.id}</span>`}
              </th>
              <td>${verdictMarker(entity.verdict, this.l10n)}</td>
              <td>${this.l10n.t(`remediationStatus.${entity.remediationStatus}`)}</td>
              <td>${rolesText(entity, this.l10n)}</td>
              ${group.columns.map((column) => html`<td>${column.value(entity, this.l10n)}</td>`)}
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
