import { renderIsolated } from '../i18n/isolate.js';
import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Alert, Evidence } from '../api/model.js';
import { AlertSelectEvent } from '../events/alert-select.js';
import type { GraphSelectEvent } from '../events/graph-select.js';
import { LocaleController } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { entityIcon } from '../internal/entity-icons.js';
import { severityMarker, severityMarkerStyles } from '../internal/severity-marker.js';
import { SocElement } from '../internal/soc-element.js';
import { verdictMarker, verdictMarkerStyles } from '../internal/verdict-marker.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { attackStoryStyles } from './attack-story.styles.js';
import { attackStoryCatalog } from './messages.js';
import { inStoryOrder } from './story-order.js';

const chevronIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true">
  <path d="M5.65 3.15a.5.5 0 0 1 .7 0l4.5 4.5a.5.5 0 0 1 0 .7l-4.5 4.5a.5.5 0 0 1-.7-.7L9.79 8 5.65 3.85a.5.5 0 0 1 0-.7Z" />
</svg>`;


const ENTITY_CHIP_LIMIT = 4;

/**
 * The "Attack story" tab of an incident: the alert story, its alerts in the order their activity
 * began, beside the incident graph of the same alerts and their entities.
 *
 * Each alert shows when it began, its severity, what happened, where it came from and the
 * entities it names; its disclosure button (Enter or Space) shows the details: description,
 * category, MITRE techniques, status, classification, recommended actions, every evidence
 * item with its verdict and remediation status, and "Run playbook" on the alert with its runs
 * (when the client has playbooks).
 *
 * The two sides follow each other: choosing an alert in the story emphasises it in the graph,
 * and selecting a node in the graph highlights the alerts it belongs to in the story. The two
 * sides sit next to each other, or one above the other when the element is narrow.
 *
 * @summary Attack story of one incident: the alert story beside the incident graph.
 *
 * @fires soc-alert-select - An alert was chosen in the story; `detail.alert` is the alert.
 * @fires soc-graph-select - A node was selected in the graph (from `soc-incident-graph`, passed on as it is).
 *
 * @csspart story - The "Alert story" region.
 * @csspart graph - The "Incident graph" region.
 * @csspart alert - One alert of the story.
 * @csspart disclosure-button - The button that shows or hides an alert's details.
 * @csspart details - An alert's details, while shown.
 *
 * @cssproperty --soc-color-background - Surface of both regions.
 * @cssproperty --soc-color-border - Dividers, card and chip borders.
 * @cssproperty --soc-color-selected - Background of the chosen alert and of alerts the graph selection names.
 * @cssproperty --soc-color-accent - Edge of the chosen and highlighted alerts.
 * @cssproperty --soc-color-severity-high - Marker of high-severity alerts.
 * @cssproperty --soc-color-severity-medium - Marker of medium severity.
 * @cssproperty --soc-color-severity-low - Marker of low severity.
 * @cssproperty --soc-color-severity-informational - Marker of informational severity.
 * @cssproperty --soc-color-danger - Marker of malicious evidence.
 * @cssproperty --soc-color-warning - Marker of suspicious evidence.
 * @cssproperty --soc-color-success - Marker of evidence with no threats found.
 */
export class SocAttackStory extends SocElement {
  static override styles = [verdictMarkerStyles, baseStyles, skeletonStyles, severityMarkerStyles, attackStoryStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  /** ID of the incident whose attack story to show. */
  @property({ attribute: 'incident-id' }) incidentId?: string;

  /** The alert chosen in the story, emphasised in the graph. */
  @state() private chosenAlertId: string | null = null;

  /** The alerts the graph's selection belongs to. */
  @state() private graphAlertIds: ReadonlySet<string> = new Set();

  /** Alerts whose details are shown. */
  @state() private expandedAlertIds: ReadonlySet<string> = new Set();

  /** The alert to bring into view once the story has rendered the graph's selection. */
  #scrollTarget?: string;

  private readonly l10n = new LocaleController(this, attackStoryCatalog);

  private readonly alertsTask = new Task(this, {
    task: async ([api, id], { signal }) => {
      if (!api || !id) return initialState;
      return inStoryOrder(await api.listIncidentAlerts(id, { signal }));
    },
    args: () => [this.api, this.incidentId] as const,
  });

  /** Loads the alerts again. */
  refresh(): void {
    void this.alertsTask.run();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('incidentId') && changed.get('incidentId') !== undefined) {
      this.chosenAlertId = null;
      this.graphAlertIds = new Set();
      this.expandedAlertIds = new Set();
    }
  }

  override updated(): void {
    const target = this.#scrollTarget;
    if (target === undefined) return;
    const card = this.renderRoot.querySelector<HTMLElement>(`[data-alert-id="${CSS.escape(target)}"]`);
    if (!card) return;
    this.#scrollTarget = undefined;
    card.scrollIntoView({ block: 'nearest' });
  }

  override render() {
    if (!this.incidentId) {
      return html`<div class="state"><p class="muted">${this.l10n.t('empty')}</p></div>`;
    }
    return html`<div class="layout">
      <section class="story" part="story" aria-labelledby="story-heading">
        <header class="region-header">
          <h2 id="story-heading">${this.l10n.t('storyHeading')}</h2>
          ${this.renderAlertCount()}
        </header>
        <div class="story-body">
          ${this.alertsTask.render({
            initial: () => this.renderLoading(),
            pending: () => this.renderLoading(),
            error: (error) => this.renderError(error),
            complete: (alerts) => this.renderStory(alerts),
          })}
        </div>
      </section>
      <section class="graph" part="graph" aria-labelledby="graph-heading">
        <header class="region-header">
          <h2 id="graph-heading">${this.l10n.t('graphHeading')}</h2>
        </header>
        <soc-incident-graph
          .incidentId=${this.incidentId}
          .highlightedAlertId=${this.chosenAlertId}
          @soc-graph-select=${this.onGraphSelect}
        ></soc-incident-graph>
      </section>
    </div>`;
  }

  private renderAlertCount() {
    const alerts = this.alertsTask.status === TaskStatus.COMPLETE ? this.alertsTask.value : undefined;
    if (!alerts || alerts.length === 0) return nothing;
    return html`<span class="count">${this.l10n.t('alertCount', { count: alerts.length })}</span>`;
  }

  private renderLoading() {
    return html`<div class="skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">${this.l10n.t('loading')}</p>
      ${[0, 1, 2].map(() => html`<div class="skeleton-card"><span></span><span></span><span></span></div>`)}
    </div>`;
  }

  private renderError(error: unknown) {
    const described = describeApiError(
      error,
      { action: this.l10n.t('actionView'), loading: this.l10n.t('loadingWhat') },
      this.l10n,
    );
    return html`<div class="state error" role="alert">
      <h3>${described.title}</h3>
      <p>${described.message}</p>
      ${described.canRetry
        ? html`<button type="button" @click=${() => this.refresh()}>${this.l10n.t('action.retry')}</button>`
        : nothing}
    </div>`;
  }

  private renderStory(alerts: Alert[]) {
    if (alerts.length === 0) {
      return html`<div class="state"><p class="empty">${this.l10n.t('noAlerts')}</p></div>`;
    }
    const linked = alerts.filter((alert) => this.graphAlertIds.has(alert.id)).length;
    return html`<p class="visually-hidden" role="status">
        ${this.graphAlertIds.size === 0 ? '' : this.l10n.t('graphMatches', { count: linked })}
      </p>
      <ol class="alerts" aria-label=${this.l10n.t('listLabel')}>
        ${alerts.map((alert, index) => this.renderAlert(alert, index))}
      </ol>`;
  }

  private renderAlert(alert: Alert, index: number) {
    const chosen = alert.id === this.chosenAlertId;
    const inGraphSelection = this.graphAlertIds.has(alert.id);
    const expanded = this.expandedAlertIds.has(alert.id);
    const classes = ['alert', chosen ? 'chosen' : '', inGraphSelection ? 'in-graph-selection' : '']
      .filter(Boolean)
      .join(' ');
    return html`<li class=${classes} part="alert" data-alert-id=${alert.id} @click=${this.onAlertClick}>
      <div class="rail" aria-hidden="true"><span class="dot ${alert.severity}"></span></div>
      <div class="card">
        <div class="meta">
          <time datetime=${alert.firstActivityDateTime}>${this.l10n.dateTime(alert.firstActivityDateTime)}</time>
          ${severityMarker(alert.severity, this.l10n)}
          ${inGraphSelection ? html`<span class="graph-flag">${this.l10n.t('selectedInGraph')}</span>` : nothing}
        </div>
        <div class="title-row">
          <h3>
            <button
              type="button"
              class="title"
              id="title-${index}"
              dir="auto"
              aria-pressed=${chosen ? 'true' : 'false'}
              @click=${() => this.choose(alert)}
            >
              ${alert.title}
            </button>
          </h3>
          <button
            type="button"
            class="disclosure icon"
            part="disclosure-button"
            id="disclosure-${index}"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls="details-${index}"
            aria-labelledby="disclosure-${index} title-${index}"
            title=${expanded ? this.l10n.t('hideDetails') : this.l10n.t('showDetails')}
            @click=${() => this.toggleDetails(alert)}
          >
            ${chevronIcon}<span class="visually-hidden">${this.l10n.t('detailsPrefix')}</span>
          </button>
        </div>
        ${alert.description ? html`<p class="what" dir="auto">${alert.description}</p>` : nothing}
        <p class="sources">
          <span>${this.l10n.t(`serviceSource.${alert.serviceSource}`)}</span>
          <span aria-hidden="true">·</span>
          <span>${this.l10n.t(`detectionSource.${alert.detectionSource}`)}</span>
        </p>
        ${this.renderEntityChips(alert.evidence)}
        <div
          class="details"
          part=${expanded ? 'details' : nothing}
          id="details-${index}"
          ?hidden=${!expanded}
        >
          ${expanded ? this.renderDetails(alert) : nothing}
        </div>
      </div>
    </li>`;
  }

  private renderEntityChips(evidence: Evidence[]) {
    if (evidence.length === 0) return nothing;
    const shown = evidence.slice(0, ENTITY_CHIP_LIMIT);
    const more = evidence.length - shown.length;
    return html`<ul class="entities" aria-label=${this.l10n.t('entitiesLabel')}>
      ${shown.map((entity) => {
        const type = this.l10n.t(`entityType.${entity.type}`);
        return html`<li class="entity" title=${type}>
          ${entityIcon(entity.type)}
          <span class="visually-hidden">${this.l10n.t('entityTypePrefix', { type })}</span>
          <span class="entity-name" dir="auto">${entity.displayName}</span>
        </li>`;
      })}
      ${more > 0 ? html`<li class="more">${this.l10n.t('moreEntities', { count: more })}</li>` : nothing}
    </ul>`;
  }

  private renderDetails(alert: Alert) {
    const showDetermination = alert.classification === 'truePositive' || alert.determination !== 'unknown';
    return html`<h4>${this.l10n.t('field.description')}</h4>
      ${alert.description
        ? html`<p class="prose" dir="auto">${alert.description}</p>`
        : html`<p class="prose">${this.l10n.t('state.noDescription')}</p>`}
      <dl>
        <dt>${this.l10n.t('field.category')}</dt>
        <dd>${this.renderCategory(alert.category)}</dd>
        <dt>${this.l10n.t('field.mitreTechniques')}</dt>
        <dd>
          ${alert.mitreTechniques.length > 0
            ? html`<bdi>${this.l10n.list(alert.mitreTechniques, 'unit')}</bdi>`
            : this.l10n.t('state.none')}
        </dd>
        <dt>${this.l10n.t('field.status')}</dt>
        <dd>${this.l10n.t(`alertStatus.${alert.status}`)}</dd>
        <dt>${this.l10n.t('field.classification')}</dt>
        <dd>${this.l10n.t(`classification.${alert.classification}`)}</dd>
        ${showDetermination
          ? html`<dt>${this.l10n.t('field.determination')}</dt>
              <dd>${this.l10n.t(`determination.${alert.determination}`)}</dd>`
          : nothing}
        <dt>${this.l10n.t('field.lastActivity')}</dt>
        <dd>
          ${alert.lastActivityDateTime
            ? html`<time datetime=${alert.lastActivityDateTime}>${this.l10n.dateTime(alert.lastActivityDateTime)}</time>`
            : '—'}
        </dd>
        <dt>${this.l10n.t('field.alertId')}</dt>
        <dd><bdi>${alert.id}</bdi></dd>
      </dl>
      <h4>${this.l10n.t('field.recommendedActions')}</h4>
      ${alert.recommendedActions
        ? html`<p class="prose" dir="auto">${alert.recommendedActions}</p>`
        : html`<p class="prose">${this.l10n.t('state.noRecommendedActions')}</p>`}
      <h4>${this.l10n.t('field.evidence')}</h4>
      ${alert.evidence.length === 0
        ? html`<p class="muted">${this.l10n.t('state.noEvidence')}</p>`
        : html`<ul class="evidence">
            ${alert.evidence.map(
              (entity) => html`<li>
                <span class="evidence-name">${entityIcon(entity.type)}<span dir="auto">${entity.displayName}</span></span>
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
      ${this.api?.capabilities.has('playbooks')
        ? html`<section class="playbooks" aria-label=${this.l10n.t('playbooksLabel')}>
            <soc-playbook-runner .target=${{ kind: 'alert', id: alert.id }} target-name=${alert.title}></soc-playbook-runner>
          </section>`
        : nothing}`;
  }

  /** A category in words when it names a tactic; free text from the backend otherwise. */
  private renderCategory(category: string) {
    if (!category) return '—';
    const label = this.l10n.category(category);
    return renderIsolated(label);
  }

  /** A click on the card's surface chooses the alert, as its title button does; controls inside keep their own meaning. */
  private readonly onAlertClick = (event: MouseEvent) => {
    const path = event.composedPath();
    const card = event.currentTarget as HTMLElement;
    for (const node of path) {
      if (node === card) break;
      if (node instanceof HTMLButtonElement || (node instanceof HTMLElement && node.classList.contains('details'))) {
        return;
      }
    }
    if (!getSelection()?.isCollapsed) return;
    const alert = this.alertsTask.value?.find((candidate) => candidate.id === card.dataset.alertId);
    if (alert) this.choose(alert);
  };

  private choose(alert: Alert): void {
    if (this.chosenAlertId === alert.id) {
      this.chosenAlertId = null;
      return;
    }
    this.chosenAlertId = alert.id;
    this.graphAlertIds = new Set();
    this.emit(new AlertSelectEvent(alert));
  }

  private toggleDetails(alert: Alert): void {
    const expanded = new Set(this.expandedAlertIds);
    if (!expanded.delete(alert.id)) expanded.add(alert.id);
    this.expandedAlertIds = expanded;
  }

  private readonly onGraphSelect = (event: GraphSelectEvent) => {
    const { node, alertIds } = event.detail;
    this.graphAlertIds = new Set(alertIds);
    // A new selection in the graph replaces the story's choice unless it is that very alert; a
    // cleared one leaves the choice to show again.
    const replacesChoice = node !== null && !(node.kind === 'alert' && node.alert.id === this.chosenAlertId);
    if (replacesChoice) this.chosenAlertId = null;
    const first = this.alertsTask.value?.find((alert) => this.graphAlertIds.has(alert.id));
    this.#scrollTarget = first?.id;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-attack-story': SocAttackStory;
  }
}
