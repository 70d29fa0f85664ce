import { consume } from '@lit/context';
import { initialState, Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import { SIMILARITY_KINDS, type Incident, type SimilarIncident, type SimilarityReason } from '../api/model.js';
import { IncidentOpenEvent } from '../events/incident-open.js';
import { isolate, renderIsolated } from '../i18n/isolate.js';
import { LocaleController } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { severityMarker } from '../internal/severity-marker.js';
import { SocElement } from '../internal/soc-element.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { similarIncidentsCatalog } from './messages.js';
import { similarIncidentsStyles } from './similar-incidents.styles.js';

/** What one load found, and for which incident. */
interface LoadedSimilar {
  incidentId: string;
  items: SimilarIncident[];
}

/**
 * The incidents like one incident, most alike first, as the portal's "Similar incidents" lists
 * them: each with its ID and name (a button that opens it), severity, status, classification and
 * determination, last activity, and what the two share written out — "3 shared entities:
 * CONTOSO-WS-0105, jdoe, 10.0.0.4", "Same alert title: …", "2 shared techniques: T1059.001,
 * T1003" — with a long list of shared values cut short ("+4 more"; the whole list is the tooltip).
 *
 * The list is an ordered list of headed items: a screen reader moves from incident to incident by
 * heading, and Tab goes through the incidents' buttons. A backend without similar incidents (the
 * client lacks the `similarIncidents` capability) is told as such and asked for nothing.
 *
 * @summary The incidents most like one incident, and why.
 *
 * @fires soc-incident-open - An incident in the list was chosen; `detail.incident` is the whole incident.
 *
 * @csspart list - The ordered list of similar incidents.
 * @csspart item - One similar incident.
 * @csspart incident-button - The button with an incident's ID and name, which opens it.
 * @csspart reasons - What an incident shares with this one.
 *
 * @cssproperty --soc-color-background - Surface of the list.
 * @cssproperty --soc-color-border - Dividers between the incidents.
 * @cssproperty --soc-color-accent - The incidents' names, which open them.
 * @cssproperty --soc-color-severity-high - Marker of high severity.
 * @cssproperty --soc-color-severity-medium - Marker of medium severity.
 * @cssproperty --soc-color-severity-low - Marker of low severity.
 * @cssproperty --soc-color-severity-informational - Marker of informational severity.
 */
export class SocSimilarIncidents extends SocElement {
  static override styles = [baseStyles, skeletonStyles, similarIncidentsStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  /** ID of the incident to find incidents like. */
  @property({ attribute: 'incident-id' }) incidentId?: string;

  /** At most this many incidents (1–50). */
  @property({ type: Number }) top = 10;

  /** How many shared values a reason names before "+N more". */
  @property({ type: Number, attribute: 'value-limit' }) valueLimit = 3;

  private readonly l10n = new LocaleController(this, similarIncidentsCatalog);

  /** The last load's result: shown (busy) while a refresh of the same incident runs. */
  private last?: LoadedSimilar;

  private readonly similarTask = new Task(this, {
    task: async ([api, incidentId, top], { signal }) => {
      if (!api || !incidentId || !api.capabilities.has('similarIncidents')) return initialState;
      const items = await api.listSimilarIncidents(incidentId, { top: Math.min(50, Math.max(1, Math.round(top) || 10)) }, { signal });
      const loaded: LoadedSimilar = { incidentId, items };
      return loaded;
    },
    args: () => [this.api, this.incidentId, this.top] as const,
    onComplete: (loaded) => {
      this.last = loaded;
    },
    onError: () => {
      this.last = undefined;
    },
  });

  /** Finds the similar incidents again. */
  refresh(): void {
    void this.similarTask.run();
  }

  override render() {
    if (!this.incidentId) return html`<div class="state"><p class="muted">${this.l10n.t('empty')}</p></div>`;
    if (this.api && !this.api.capabilities.has('similarIncidents')) {
      return html`<div class="state">
        <p class="empty">${this.l10n.t('unavailable')}</p>
        <p class="muted">${this.l10n.t('unavailableHint')}</p>
      </div>`;
    }
    const last = this.last?.incidentId === this.incidentId ? this.last : undefined;
    return this.similarTask.render({
      initial: () => this.renderLoading(),
      pending: () => (last ? this.renderList(last.items, true) : this.renderLoading()),
      error: (error) => this.renderError(error),
      complete: ({ items }) => this.renderList(items),
    });
  }

  private renderLoading() {
    return html`<div class="skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">${this.l10n.t('loading')}</p>
      <span></span><span></span><span></span><span></span>
    </div>`;
  }

  private renderError(error: unknown) {
    const described = describeApiError(error, { action: this.l10n.t('actionView'), loading: this.l10n.t('loadingWhat') }, this.l10n);
    return html`<div class="state error" role="alert">
      <h2>${described.title}</h2>
      <p>${renderIsolated(described.message)}</p>
      ${described.canRetry
        ? html`<button type="button" @click=${() => this.refresh()}>${this.l10n.t('action.retry')}</button>`
        : nothing}
    </div>`;
  }

  /** The list; `busy` while it is the last load's and the next is on its way. */
  private renderList(items: SimilarIncident[], busy = false) {
    return html`<section class="similar" aria-labelledby="similar-heading" aria-busy=${busy ? 'true' : 'false'}>
      <h2 id="similar-heading">${this.l10n.t('heading')}</h2>
      ${items.length === 0
        ? html`<div class="none">
            <p class="empty">${this.l10n.t('noSimilar')}</p>
            <p class="muted">${this.l10n.t('noSimilarHint')}</p>
          </div>`
        : html`<p class="intro muted">${this.l10n.t('intro')}</p>
            <ol class="incidents" part="list" aria-labelledby="similar-heading">
              ${repeat(
                items,
                (item) => item.incident.id,
                (item) => this.renderItem(item),
              )}
            </ol>`}
    </section>`;
  }

  private renderItem({ incident, reasons }: SimilarIncident) {
    return html`<li part="item" class="incident" data-incident-id=${incident.id}>
      <h3>
        <button
          type="button"
          class="open"
          part="incident-button"
          @click=${() => this.emit(new IncidentOpenEvent(incident))}
        >
          <span class="incident-id">${this.l10n.markup('incidentId', { id: html`<bdi>${incident.id}</bdi>` })}</span>
          <span class="incident-name" dir="auto">${incident.displayName}</span>
        </button>
      </h3>
      ${this.renderFacts(incident)}
      <ul class="reasons" part="reasons" aria-label=${this.l10n.t('reasonsLabel')}>
        ${reasons.map((reason) => this.renderReason(reason))}
      </ul>
    </li>`;
  }

  private renderFacts(incident: Incident) {
    const determined = incident.classification === 'truePositive' || incident.determination !== 'unknown';
    return html`<dl class="facts">
      <div>
        <dt>${this.l10n.t('field.severity')}</dt>
        <dd>${severityMarker(incident.severity, this.l10n)}</dd>
      </div>
      <div>
        <dt>${this.l10n.t('field.status')}</dt>
        <dd class="status">${this.l10n.t(`status.${incident.status}`)}</dd>
      </div>
      <div>
        <dt>${this.l10n.t('field.classification')}</dt>
        <dd class="classification">${this.l10n.t(`classification.${incident.classification}`)}</dd>
      </div>
      ${determined
        ? html`<div>
            <dt>${this.l10n.t('field.determination')}</dt>
            <dd class="determination">${this.l10n.t(`determination.${incident.determination}`)}</dd>
          </div>`
        : nothing}
      <div>
        <dt>${this.l10n.t('field.lastActivity')}</dt>
        <dd class="last-activity">
          ${incident.lastActivityDateTime
            ? html`<time datetime=${incident.lastActivityDateTime}>${this.l10n.dateTime(incident.lastActivityDateTime)}</time>`
            : '—'}
        </dd>
      </div>
    </dl>`;
  }

  /** "3 shared entities: CONTOSO-WS-0105, jdoe, 10.0.0.4 +2 more": the values are data, isolated in the sentence. */
  private renderReason({ kind, values }: SimilarityReason) {
    const limit = Math.max(1, Math.floor(this.valueLimit) || 1);
    // "+1 more" would take the room of the value it hides: a list one over the limit shows whole.
    const shown = values.length > limit + 1 ? values.slice(0, limit) : values;
    const items = shown.map(isolate);
    if (shown.length < values.length) items.push(this.l10n.t('moreValues', { count: values.length - shown.length }));
    const key = (SIMILARITY_KINDS as readonly string[]).includes(kind) ? (`reason.${kind}` as const) : 'reason.other';
    const text = this.l10n.t(key, { count: values.length, values: this.l10n.list(items, 'unit') });
    return html`<li class="reason ${kind}" title=${shown.length < values.length ? this.l10n.list(values.map(isolate), 'unit') : nothing}>
      ${renderIsolated(text)}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-similar-incidents': SocSimilarIncidents;
  }
}
