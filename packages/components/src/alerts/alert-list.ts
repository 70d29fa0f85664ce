import { renderIsolated } from '../i18n/isolate.js';
import { consume } from '@lit/context';
import { initialState, Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Alert, Verdict } from '../api/model.js';
import { RovingFocusController } from '../controllers/roving-focus-controller.js';
import { AlertSelectEvent } from '../events/alert-select.js';
import type { SocLinkAlerts } from '../link-alerts/link-alerts.js';
import type { SocManageAlert } from '../manage-alert/manage-alert.js';
import { LocaleController, type Localizer, type MessageKey } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { closeIcon } from '../internal/icons.js';
import { severityMarker } from '../internal/severity-marker.js';
import { SocElement } from '../internal/soc-element.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { alertListStyles } from './alert-list.styles.js';
import { alertRows } from './alert-rows.js';
import { AlertSelectionController } from './alert-selection.js';
import { byFirstActivity } from './alert-order.js';
import { alertsCatalog, type AlertsMessages } from './messages.js';

const verdictMarker = (verdict: Verdict, l10n: Localizer) =>
  html`<span class="verdict ${verdict}">${l10n.t(`verdict.${verdict}`)}</span>`;

/** Whether `next` has any of the alerts of `previous`. */
function sharesAlert(previous: readonly Alert[], next: readonly Alert[]): boolean {
  const ids = new Set(previous.map((alert) => alert.id));
  return next.some((alert) => ids.has(alert.id));
}

const COLUMNS = [
  'column.name',
  'field.severity',
  'field.status',
  'column.entities',
  'field.category',
  'field.mitreTechniques',
  'field.serviceSource',
  'field.detectionSource',
  'field.firstActivity',
  'field.lastActivity',
] as const satisfies readonly MessageKey<AlertsMessages>[];

/**
 * The Alerts tab of an incident: its alerts in the order they began, each with severity, status,
 * sources, category, MITRE techniques, activity times and the entities it names. Choosing an
 * alert (click, or Enter on the focused row) selects it and opens its details beside the list, with
 * "Run playbook" on that alert and its playbook runs (when the client has playbooks).
 *
 * Several alerts can be selected (Ctrl or Shift with a click, Space on the focused row, Ctrl+A
 * for all) and acted on together: "Manage alert" (`soc-manage-alert`) and "Link alert to another
 * incident" (`soc-link-alerts`), each shown when the client can (`updateAlerts`, `linkAlerts`).
 * The list loads again after either.
 *
 * The list is a multi-select listbox: Tab enters it at the current alert, Up/Down/Home/End move
 * between alerts.
 *
 * @summary The alerts of one incident, with a details panel for the chosen alert.
 *
 * @fires soc-alert-select - An alert was chosen; `detail.alert` is the alert.
 * @fires soc-alerts-updated - Passed on from the "Manage alert" dialog: `detail.alerts` as saved.
 * @fires soc-alerts-linked - Passed on from the "Link alert to another incident" dialog: `detail.result`.
 * @fires soc-incident-open - "Open incident" after linking alerts: `detail.incident` is where they went.
 *
 * @csspart list - The listbox of alerts.
 * @csspart row - One alert in the list.
 * @csspart details - The details panel of the chosen alert.
 * @csspart close-button - The details panel's close button.
 *
 * @cssproperty --soc-color-background - List and panel background.
 * @cssproperty --soc-color-border - Dividers and chip borders.
 * @cssproperty --soc-color-selected - Background of the chosen alert.
 * @cssproperty --soc-color-severity-high - Marker of high-severity alerts.
 * @cssproperty --soc-color-severity-medium - Marker of medium severity.
 * @cssproperty --soc-color-severity-low - Marker of low severity.
 * @cssproperty --soc-color-severity-informational - Marker of informational severity.
 * @cssproperty --soc-color-danger - Marker of malicious evidence.
 * @cssproperty --soc-color-warning - Marker of suspicious evidence.
 * @cssproperty --soc-color-success - Marker of evidence with no threats found.
 */
export class SocAlertList extends SocElement {
  static override styles = [baseStyles, skeletonStyles, alertListStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  /** ID of the incident whose alerts to show. */
  @property({ attribute: 'incident-id' }) incidentId?: string;

  /**
   * An alert to open the details of once the alerts have loaded (a link to the alert, such as the
   * alert queue's): it is selected and its row takes the tab stop. A person's choice then replaces it.
   */
  @property({ attribute: 'alert-id' }) alertId?: string;

  /** `alertId`, until the alerts it names have loaded. */
  private pendingAlertId?: string;

  /** How many entities a row names before "+N". */
  @property({ type: Number, attribute: 'entity-limit' }) entityLimit = 2;

  /** ID of the alert whose details are open; `undefined` while none is. */
  @state() private selectedId?: string;

  /** The selected alerts, which the actions apply to. */
  private readonly selection = new AlertSelectionController(this);

  private readonly l10n = new LocaleController(this, alertsCatalog);

  /**
   * The alerts of the last load of this incident: shown (busy) while the next load is on its way,
   * so a refresh keeps the rows rather than building them all again. Another incident or client
   * forgets them.
   */
  private lastAlerts?: Alert[];

  /** The alerts the listbox was last rendered with, one row each. */
  private listedAlerts?: readonly Alert[];

  /** Counts the lists of alerts that kept none of the alerts before them, each shown in a listbox of its own. */
  private listGeneration = 0;

  /** The rows `rowElements` last read, and the listbox and alerts they were read for. */
  private rowsRead?: { listbox: Element; alerts?: readonly Alert[]; rows: HTMLElement[] };

  private readonly alertsTask = new Task(this, {
    task: async ([api, id], { signal }) => {
      if (!api || !id) return initialState;
      return byFirstActivity(await api.listIncidentAlerts(id, { signal }));
    },
    args: () => [this.api, this.incidentId] as const,
    onComplete: (alerts) => {
      this.lastAlerts = alerts;
      // Alerts that left the incident (linked elsewhere) leave the selection too.
      this.selection.keep(alerts.map((alert) => alert.id));
      this.openPending(alerts);
    },
    onError: () => {
      this.lastAlerts = undefined;
    },
  });

  private readonly rovingFocus = new RovingFocusController(this, { items: () => this.rowElements() });

  /** Loads the alerts again. */
  refresh(): void {
    void this.alertsTask.run();
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('incidentId') || changed.has('api')) this.lastAlerts = undefined;
    if (changed.has('incidentId') && changed.get('incidentId') !== undefined) {
      this.selectedId = undefined;
      this.selection.keep();
      this.rovingFocus.setIndex(0);
    }
    if (changed.has('alertId')) {
      this.pendingAlertId = this.alertId;
      // Another alert of the incident on show: no load is coming, so it opens now.
      if (this.lastAlerts && !changed.has('incidentId')) this.openPending(this.lastAlerts);
    }
  }

  /** Opens the details of `pendingAlertId` if `alerts` has it; forgets it either way. */
  private openPending(alerts: readonly Alert[]): void {
    const index = this.pendingAlertId === undefined ? -1 : alerts.findIndex((alert) => alert.id === this.pendingAlertId);
    this.pendingAlertId = undefined;
    if (index >= 0) this.select(alerts[index], index);
  }

  override render() {
    const content = this.alertsTask.render({
      initial: () => html`<div class="state"><p class="muted">${this.l10n.t('empty')}</p></div>`,
      pending: () => (this.lastAlerts ? this.renderAlerts(this.lastAlerts, true) : this.renderLoading()),
      error: (error) => this.renderError(error),
      complete: (alerts) => this.renderAlerts(alerts),
    });
    const capabilities = this.api?.capabilities;
    return html`${content}
    ${capabilities?.has('updateAlerts')
      ? html`<soc-manage-alert @soc-alerts-updated=${this.afterChange}></soc-manage-alert>`
      : nothing}
    ${capabilities?.has('linkAlerts')
      ? html`<soc-link-alerts @soc-alerts-linked=${this.afterChange}></soc-link-alerts>`
      : nothing}`;
  }

  /** A dialog changed alerts: load them again (the event goes on up to the page). */
  private readonly afterChange = (): void => {
    this.refresh();
  };

  /** The selected alerts among `alerts`, in the list's order. */
  private selectedOf(alerts: readonly Alert[]): Alert[] {
    return alerts.filter((alert) => this.selection.has(alert.id));
  }

  /** Opens "Manage alert" for `alerts` (the selected ones, or the one whose details are open). */
  private manage(alerts: Alert[]): void {
    if (alerts.length === 0) return;
    this.renderRoot.querySelector<SocManageAlert>('soc-manage-alert')?.show(alerts);
  }

  /** Opens "Link alert to another incident" for `alerts` (the selected ones, or the one whose details are open). */
  private link(alerts: Alert[]): void {
    if (alerts.length === 0) return;
    this.renderRoot.querySelector<SocLinkAlerts>('soc-link-alerts')?.show(alerts);
  }

  /** The actions on the selected alerts, above the list; none when the client can do neither. */
  private renderToolbar(alerts: Alert[]) {
    const capabilities = this.api?.capabilities;
    const canManage = !!capabilities?.has('updateAlerts');
    const canLink = !!capabilities?.has('linkAlerts');
    if (!canManage && !canLink) return nothing;
    const selected = this.selectedOf(alerts);
    const none = selected.length === 0;
    return html`<div class="toolbar" role="group" aria-label=${this.l10n.t('actionsLabel')}>
      ${canManage
        ? html`<button type="button" class="manage" ?disabled=${none} @click=${() => this.manage(selected)}>
            ${this.l10n.t('manageAlert')}
          </button>`
        : nothing}
      ${canLink
        ? html`<button type="button" class="link-alerts" ?disabled=${none} @click=${() => this.link(selected)}>
            ${this.l10n.t('linkAlerts')}
          </button>`
        : nothing}
      <span class="selection-count" role="status">
        ${none ? this.l10n.t('selectHint') : this.l10n.t('selectedCount', { count: selected.length })}
      </span>
    </div>`;
  }

  private renderLoading() {
    return html`<div class="skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">${this.l10n.t('loading')}</p>
      <span></span><span></span><span></span><span></span><span></span>
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

  /** The alerts as a listbox; `busy` while they are the last load's and the next is on its way. */
  private renderAlerts(alerts: Alert[], busy = false) {
    if (alerts.length === 0) {
      return html`<div class="state" aria-busy=${busy ? 'true' : 'false'}><p class="empty">${this.l10n.t('noAlerts')}</p></div>`;
    }
    // A list that keeps none of the rows shown gets a listbox of its own: the old one leaves as a whole and the
    // new one is filled before it is shown, rather than a thousand rows leaving and arriving one by one.
    if (this.listedAlerts && this.listedAlerts !== alerts && !sharesAlert(this.listedAlerts, alerts)) this.listGeneration++;
    this.listedAlerts = alerts;
    const selected = alerts.find((alert) => alert.id === this.selectedId);
    return html`<div class="layout ${selected ? 'with-details' : ''}">
      <div class="list-pane">
      ${this.renderToolbar(alerts)}
      <div class="table">
        <div class="columns" aria-hidden="true">
          <i class="check"></i>${COLUMNS.map((key) => html`<span>${this.l10n.t(key)}</span>`)}
        </div>
        ${keyed(this.listGeneration, this.renderListbox(alerts, busy))}
      </div>
      </div>
      ${selected ? this.renderDetails(selected) : nothing}
    </div>`;
  }

  /**
   * The listbox of `alerts`, `busy` while they are the last load's. Its rows are `alertRows`'s, made by hand and
   * keyed by alert: a list holds up to a thousand, and a template per row costs more than the row itself.
   */
  private renderListbox(alerts: Alert[], busy: boolean) {
    return html`<div
      role="listbox"
      part="list"
      aria-multiselectable="true"
      aria-label=${this.l10n.t('listLabel')}
      aria-busy=${busy ? 'true' : 'false'}
      @click=${(event: MouseEvent) => this.onListClick(event, alerts)}
      @keydown=${(event: KeyboardEvent) => this.onListKeydown(event, alerts)}
      ${alertRows({
        alerts,
        selected: this.selection.ids,
        currentId: this.selectedId,
        tabStop: this.rovingFocus.index,
        entityLimit: this.entityLimit,
        l10n: this.l10n,
      })}
    ></div>`;
  }


  /** A category in words when it names a tactic; free text from the backend otherwise. */
  private renderCategory(category: string) {
    const label = this.l10n.category(category);
    return renderIsolated(label);
  }

  /** MITRE technique IDs ("T1059, T1003"): identifiers, isolated as one run. */
  private renderTechniques(techniques: readonly string[], none: string) {
    return techniques.length > 0 ? html`<bdi>${this.l10n.list(techniques, 'unit')}</bdi>` : none;
  }

  private renderTime(iso: string | null | undefined) {
    return iso ? html`<time datetime=${iso}>${this.l10n.dateTime(iso)}</time>` : '—';
  }

  /**
   * The rows as rendered now, in the list's order: the listbox's children, not a search of the
   * shadow tree, as the roving focus asks for them after every update.
   */
  private rowElements(): HTMLElement[] {
    const listbox = this.shadowRoot?.querySelector('[role="listbox"]');
    if (!listbox) return [];
    // The rows follow the alerts rendered into the listbox (keyed, one each): read again only when those change.
    const read = this.rowsRead;
    if (read?.listbox === listbox && read.alerts === this.listedAlerts) return read.rows;
    const rows = Array.from(listbox.children) as HTMLElement[];
    this.rowsRead = { listbox, alerts: this.listedAlerts, rows };
    return rows;
  }

  /** The place in the list of the row an event came from, or -1. */
  private rowIndexOf(event: Event): number {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
    return row ? this.rowElements().indexOf(row) : -1;
  }

  private onListClick(event: MouseEvent, alerts: Alert[]): void {
    const index = this.rowIndexOf(event);
    if (index < 0) return;
    this.selection.endExtending();
    const onCheck = (event.target as HTMLElement).classList.contains('check');
    if (event.shiftKey) {
      this.selection.addRange(alerts.map((alert) => alert.id), index);
      this.rovingFocus.setIndex(index);
    } else if (event.ctrlKey || event.metaKey || onCheck) this.toggle(alerts[index], index);
    else this.select(alerts[index], index);
  }

  private onListKeydown(event: KeyboardEvent, alerts: Alert[]): void {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      this.selection.all(alerts.map((alert) => alert.id));
      return;
    }
    // The arrows move from the focused row, wherever focus came from.
    const from = this.rowIndexOf(event);
    if (from >= 0) this.rovingFocus.setIndex(from);
    if (this.rovingFocus.handleKeydown(event)) {
      // Shift with an arrow extends the selection, as in a multi-select listbox.
      if (event.shiftKey && from >= 0 && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
        this.selection.extend(alerts.map((alert) => alert.id), from, this.rovingFocus.index);
      } else {
        this.selection.endExtending();
      }
      return;
    }
    if (event.key === 'Shift') return;
    this.selection.endExtending();
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const index = this.rowIndexOf(event);
    if (index < 0) return;
    event.preventDefault();
    if (event.key === ' ') this.toggle(alerts[index], index);
    else this.select(alerts[index], index);
  }

  /** Selects `alert` alone and opens its details. */
  private select(alert: Alert | undefined, index: number): void {
    if (!alert) return;
    this.rovingFocus.setIndex(index);
    this.selection.only(alert.id, index);
    this.open(alert);
  }

  /** Adds `alert` to the selection (opening its details) or takes it out (closing them if they are its). */
  private toggle(alert: Alert | undefined, index: number): void {
    if (!alert) return;
    this.rovingFocus.setIndex(index);
    if (this.selection.toggle(alert.id, index)) this.open(alert);
    else if (this.selectedId === alert.id) this.selectedId = undefined;
  }

  private open(alert: Alert): void {
    this.selectedId = alert.id;
    this.emit(new AlertSelectEvent(alert));
  }

  private async closeDetails(): Promise<void> {
    this.selectedId = undefined;
    await this.updateComplete;
    this.rowElements()[this.rovingFocus.index]?.focus();
  }

  /** "Manage alert" and "Link alert to another incident" for the alert whose details are open. */
  private renderDetailsActions(alert: Alert) {
    const capabilities = this.api?.capabilities;
    const canManage = !!capabilities?.has('updateAlerts');
    const canLink = !!capabilities?.has('linkAlerts');
    if (!canManage && !canLink) return nothing;
    return html`<div class="details-actions">
      ${canManage
        ? html`<button type="button" class="manage" @click=${() => this.manage([alert])}>${this.l10n.t('manageAlert')}</button>`
        : nothing}
      ${canLink
        ? html`<button type="button" class="link-alerts" @click=${() => this.link([alert])}>${this.l10n.t('linkAlerts')}</button>`
        : nothing}
    </div>`;
  }

  private renderDetails(alert: Alert) {
    const truePositive = alert.classification === 'truePositive';
    return html`<aside class="details" part="details" aria-labelledby="details-title">
      <header>
        <div class="eyebrow">
          ${severityMarker(alert.severity, this.l10n)}
          <span>${this.l10n.t(`alertStatus.${alert.status}`)}</span>
        </div>
        <button
          type="button"
          class="icon"
          part="close-button"
          aria-label=${this.l10n.t('closeDetails')}
          title=${this.l10n.t('action.close')}
          @click=${() => void this.closeDetails()}
        >
          ${closeIcon}
        </button>
        <h2 id="details-title" dir="auto">${alert.title}</h2>
        ${this.renderDetailsActions(alert)}
      </header>
      <section aria-labelledby="description-heading">
        <h3 id="description-heading">${this.l10n.t('field.description')}</h3>
        ${alert.description
          ? html`<p class="prose" dir="auto">${alert.description}</p>`
          : html`<p class="prose">${this.l10n.t('state.noDescription')}</p>`}
      </section>
      <section aria-labelledby="actions-heading">
        <h3 id="actions-heading">${this.l10n.t('field.recommendedActions')}</h3>
        ${alert.recommendedActions
          ? html`<p class="prose" dir="auto">${alert.recommendedActions}</p>`
          : html`<p class="prose">${this.l10n.t('state.noRecommendedActions')}</p>`}
      </section>
      <section aria-labelledby="alert-details-heading">
        <h3 id="alert-details-heading">${this.l10n.t('detailsHeading')}</h3>
        <dl>
          <dt>${this.l10n.t('field.severity')}</dt>
          <dd>${severityMarker(alert.severity, this.l10n)}</dd>
          <dt>${this.l10n.t('field.status')}</dt>
          <dd>${this.l10n.t(`alertStatus.${alert.status}`)}</dd>
          <dt>${this.l10n.t('field.classification')}</dt>
          <dd>${this.l10n.t(`classification.${alert.classification}`)}</dd>
          ${truePositive || alert.determination !== 'unknown'
            ? html`<dt>${this.l10n.t('field.determination')}</dt>
                <dd>${this.l10n.t(`determination.${alert.determination}`)}</dd>`
            : nothing}
          <dt>${this.l10n.t('field.category')}</dt>
          <dd>${this.renderCategory(alert.category)}</dd>
          <dt>${this.l10n.t('field.serviceSource')}</dt>
          <dd>${this.l10n.t(`serviceSource.${alert.serviceSource}`)}</dd>
          <dt>${this.l10n.t('field.detectionSource')}</dt>
          <dd>${this.l10n.t(`detectionSource.${alert.detectionSource}`)}</dd>
          <dt>${this.l10n.t('field.mitreTechniques')}</dt>
          <dd>${this.renderTechniques(alert.mitreTechniques, this.l10n.t('state.none'))}</dd>
          <dt>${this.l10n.t('field.firstActivity')}</dt>
          <dd>${this.renderTime(alert.firstActivityDateTime)}</dd>
          <dt>${this.l10n.t('field.lastActivity')}</dt>
          <dd>${this.renderTime(alert.lastActivityDateTime)}</dd>
          <dt>${this.l10n.t('generatedOn')}</dt>
          <dd>${this.renderTime(alert.createdDateTime)}</dd>
          <dt>${this.l10n.t('field.alertId')}</dt>
          <dd><bdi>${alert.id}</bdi></dd>
        </dl>
      </section>
      <section aria-labelledby="evidence-heading">
        <h3 id="evidence-heading">${this.l10n.t('field.evidence')}</h3>
        ${alert.evidence.length === 0
          ? html`<p class="muted">${this.l10n.t('state.noEvidence')}</p>`
          : html`<ul class="evidence">
              ${alert.evidence.map(
                (entity) => html`<li>
                  <span class="evidence-name" dir="auto">${entity.displayName}</span>
                  <span class="muted">${this.l10n.t(`entityType.${entity.type}`)}</span>
                  <span class="evidence-state">
                    ${verdictMarker(entity.verdict, this.l10n)}
                    <span class="muted"
                      >${this.l10n.t('field.remediationSummary', {
                        status: this.l10n.t(`remediationStatus.${entity.remediationStatus}`),
                      })}</span
                    >
                  </span>
                </li>`,
              )}
            </ul>`}
      </section>
      ${this.api?.capabilities.has('playbooks')
        ? html`<section class="playbooks" aria-label=${this.l10n.t('playbooksLabel')}>
            <soc-playbook-runner .target=${{ kind: 'alert', id: alert.id }} target-name=${alert.title}></soc-playbook-runner>
          </section>`
        : nothing}
    </aside>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-alert-list': SocAlertList;
  }
}
