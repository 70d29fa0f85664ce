import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ApiError } from '../api/api-error.js';
import { apiContext, principalContext, type ProvidedPrincipal } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import { MAX_COMMENT_LENGTH, type Alert, type Incident, type LinkAlertsRequest, type LinkAlertsResult } from '../api/model.js';
import { FormErrorsController } from '../controllers/form-errors-controller.js';
import { ModalDialogController } from '../controllers/modal-dialog-controller.js';
import { PrincipalController } from '../controllers/principal-controller.js';
import { AlertsLinkedEvent } from '../events/alerts-linked.js';
import { IncidentOpenEvent } from '../events/incident-open.js';
import { isolate } from '../i18n/isolate.js';
import { LocaleController } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { closeIcon } from '../internal/icons.js';
import { SocElement } from '../internal/soc-element.js';
import { baseStyles } from '../styles/tokens.js';
import { linkAlertsStyles } from './link-alerts.styles.js';
import { linkAlertsCatalog } from './messages.js';
import { renderCommentField } from '../manage/comment-field.js';

/** Where the alerts go: an incident that exists, or a new one made from them. */
export type LinkMode = 'existing' | 'new';

/** How many incidents the search offers. */
const SEARCH_SIZE = 8;
/** The longest name a new incident takes (the backend refuses longer ones). */
const MAX_NAME_LENGTH = 500;

type Field = 'targetIncidentId' | 'displayName' | 'comment';
const FIELDS: readonly Field[] = ['targetIncidentId', 'displayName', 'comment'];

/** The control a backend validation error names (`targetIncidentId`, `alertIds[0]` names none). */
function errorField(field: string | undefined): Field | undefined {
  const name = field ? /([A-Za-z]+)(?:\[\d+\])?$/.exec(field)?.[1] : undefined;
  return FIELDS.find((known) => known === name);
}

/**
 * "Link alert to another incident": moves one alert or several to an incident that exists (typed
 * by ID, or found by a search on name or ID and chosen), or into a new incident (with a name, or
 * the first alert's title), with an optional comment for the activity of every incident involved.
 * One `linkAlerts` call does it; a refusal shows the backend's reason (beside the field it names)
 * and keeps everything typed. After the move, the dialog says where the alerts are now and offers
 * "Open incident".
 *
 * Open it with `show(alerts)`, or by setting `alerts` and `open`. People with only the reader role,
 * and backends without the `linkAlerts` capability, see why they cannot.
 *
 * @summary Modal dialog to move alerts to another incident or a new one.
 *
 * @fires soc-alerts-linked - After the move; `detail.alertIds` and `detail.result` (the incident the alerts are in, and those they left).
 * @fires soc-incident-open - "Open incident" was pressed; `detail.incident` is the incident the alerts are in now.
 * @fires close - After the dialog closed.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart link-button - The "Link" button.
 * @csspart open-button - The "Open incident" button shown after the move.
 * @csspart cancel-button - The "Cancel" (or "Close") button.
 *
 * @cssproperty --soc-color-background - Dialog background.
 * @cssproperty --soc-color-accent - The "Link" button and the focused field's underline.
 * @cssproperty --soc-color-danger - Field errors and the error message.
 * @cssproperty --soc-shadow - The dialog's shadow.
 */
export class SocLinkAlerts extends SocElement {
  static override styles = [baseStyles, linkAlertsStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  @consume({ context: principalContext, subscribe: true })
  @state()
  private providedPrincipal?: ProvidedPrincipal;

  /** Whether the dialog is showing. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The alerts to move. */
  @property({ attribute: false }) alerts: Alert[] = [];

  @state() private mode: LinkMode = 'existing';
  /** What is typed in the incident field: an ID, or words to search for. */
  @state() private query = '';
  /** The incident chosen from the search, while the field still shows its ID. */
  @state() private chosen?: Incident;
  @state() private displayName = '';
  @state() private comment = '';
  @state() private linked?: LinkAlertsResult;
  /** Whether the last attempt's outcome belongs to this opening of the dialog. */
  @state() private attempted = false;

  private readonly fieldErrors = new FormErrorsController<Field>(this, {
    control: (field) => this.renderRoot.querySelector<HTMLElement>(`#${field}`),
  });

  private readonly modal = new ModalDialogController(this, {
    dialog: () => this.renderRoot.querySelector('dialog'),
    open: () => this.open,
    close: () => this.close(),
    busy: () => this.isLinking,
    afterClose: () => this.dispatchEvent(new Event('close')),
  });

  private readonly l10n = new LocaleController(this, linkAlertsCatalog);

  private readonly me = new PrincipalController(this, {
    api: () => this.api,
    provided: () => this.providedPrincipal,
    needed: () => this.open,
  });

  private readonly search = new Task(this, {
    args: () => [this.api, this.open && this.mode === 'existing' && !this.linked, this.searchText] as const,
    task: async ([api, searching, text], { signal }) => {
      if (!api || !searching || !text) return initialState;
      const page = await api.listIncidents({ search: text, top: SEARCH_SIZE }, { signal });
      return page.items;
    },
  });

  private readonly linking = new Task(this, {
    autoRun: false,
    args: () => [this.api] as const,
    task: async ([api]) => {
      if (!api) throw new ApiError('network', this.l10n.t('noService'));
      const alertIds = this.alerts.map((alert) => alert.id);
      const result = await api.linkAlerts(this.request(alertIds));
      this.linked = result;
      this.emit(new AlertsLinkedEvent(alertIds, result));
      return result;
    },
  });

  /** Opens the dialog for `alerts`. */
  show(alerts?: Alert | Alert[]): void {
    if (alerts) this.alerts = Array.isArray(alerts) ? [...alerts] : [alerts];
    this.modal.setOpener();
    this.open = true;
  }

  /** Closes the dialog; what was typed is dropped. */
  close(): void {
    this.open = false;
  }

  /** Why the alerts cannot be moved, if they cannot: the reader role, or a backend without `linkAlerts`. */
  private get lockReason(): string | undefined {
    if (this.me.readOnly) return this.l10n.t('readOnly');
    if (this.api && !this.api.capabilities.has('linkAlerts')) return this.l10n.t('cannotLink');
    return undefined;
  }

  private get isLinking(): boolean {
    return this.linking.status === TaskStatus.PENDING;
  }

  /** What the search looks for: nothing while the field shows the chosen incident's ID. */
  private get searchText(): string {
    const text = this.query.trim();
    return this.chosen?.id === text ? '' : text;
  }

  /** The incident the alerts are in when they all share one: not offered as the target. */
  private get currentIncidentId(): string | undefined {
    const [first, ...rest] = this.alerts;
    return first && rest.every((alert) => alert.incidentId === first.incidentId) ? first.incidentId : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) this.startOver();
  }

  private startOver(): void {
    this.mode = 'existing';
    this.query = '';
    this.chosen = undefined;
    this.displayName = '';
    this.comment = '';
    this.linked = undefined;
    this.attempted = false;
    this.fieldErrors.clear();
  }

  private request(alertIds: string[]): LinkAlertsRequest {
    const comment = this.comment.trim() ? { comment: this.comment } : {};
    if (this.mode === 'existing') return { alertIds, targetIncidentId: this.chosen?.id ?? this.query.trim(), ...comment };
    const name = this.displayName.trim();
    return { alertIds, ...(name ? { displayName: name } : {}), ...comment };
  }

  private setMode(mode: LinkMode): void {
    this.mode = mode;
    this.fieldErrors.clear();
    this.attempted = false;
  }

  private choose(incident: Incident): void {
    this.chosen = incident;
    this.query = incident.id;
    this.fieldErrors.clear('targetIncidentId');
    this.renderRoot.querySelector<HTMLInputElement>('#targetIncidentId')?.focus();
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.lockReason || this.isLinking || this.linked) return;
    if (this.mode === 'existing' && !this.query.trim()) {
      this.fieldErrors.report({ targetIncidentId: this.l10n.t('chooseIncident') });
      return;
    }
    this.fieldErrors.clear();
    this.attempted = true;
    await this.linking.run();
    if (this.linking.status === TaskStatus.ERROR) {
      const error = this.linking.error;
      const field = ApiError.is(error, 'validation') ? errorField(error.field) : undefined;
      if (field && ApiError.is(error)) this.fieldErrors.report({ [field]: isolate(error.message) });
      return;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('#open-incident')?.focus();
  }

  private openIncident(): void {
    const incident = this.linked?.incident;
    if (!incident) return;
    this.emit(new IncidentOpenEvent(incident));
    this.close();
  }

  // ---------------------------------------------------------------------------
  // Rendering
  // ---------------------------------------------------------------------------

  override render() {
    const count = this.alerts.length;
    const [single] = this.alerts;
    return html`<dialog part="dialog" aria-labelledby="title" aria-describedby="subtitle">
      <form novalidate @submit=${this.onSubmit}>
        <header>
          <h2 id="title">${this.l10n.t(count > 1 ? 'titleMany' : 'title')}</h2>
          <button
            type="button"
            class="icon"
            aria-label=${this.l10n.t('action.close')}
            title=${this.l10n.t('action.close')}
            @click=${this.close}
          >
            ${closeIcon}
          </button>
          <p class="subtitle" id="subtitle">
            ${count > 1
              ? this.l10n.t('selected', { count })
              : single
                ? html`<bdi>${single.title}</bdi> <span aria-hidden="true">·</span>
                    ${this.l10n.markup('alertId', { id: html`<bdi>${single.id}</bdi>` })}`
                : nothing}
          </p>
        </header>
        ${this.linked ? this.renderLinked(this.linked) : this.renderForm()}
      </form>
    </dialog>`;
  }

  private renderForm() {
    const lockReason = this.lockReason;
    return html`<div
        class="body"
        tabindex=${ifDefined(lockReason ? '0' : undefined)}
        role=${ifDefined(lockReason ? 'region' : undefined)}
        aria-label=${ifDefined(lockReason ? this.l10n.t('form') : undefined)}
      >
        ${lockReason ? html`<p class="note" role="note">${lockReason}</p>` : nothing}
        <fieldset ?disabled=${!!lockReason}>
          <legend class="visually-hidden">${this.l10n.t('form')}</legend>
          <fieldset class="modes">
            <legend>${this.l10n.t('modeLegend')}</legend>
            ${this.renderMode('existing', this.l10n.t('modeExisting'))} ${this.renderMode('new', this.l10n.t('modeNew'))}
          </fieldset>
          ${this.mode === 'existing' ? this.renderTarget() : this.renderName()} ${this.renderComment()}
        </fieldset>
      </div>
      ${this.renderOutcome()}
      <footer>
        ${lockReason
          ? nothing
          : html`<button id="link" type="submit" class="primary" part="link-button" aria-disabled=${this.isLinking ? 'true' : 'false'}>
              ${this.l10n.t(this.isLinking ? 'linking' : 'link')}
            </button>`}
        <button type="button" part="cancel-button" @click=${this.close}>
          ${this.l10n.t(lockReason ? 'action.close' : 'action.cancel')}
        </button>
      </footer>`;
  }

  private renderMode(mode: LinkMode, label: string) {
    return html`<label class="radio">
      <input
        type="radio"
        name="mode"
        id="mode-${mode}"
        value=${mode}
        ?autofocus=${mode === this.mode}
        .checked=${live(this.mode === mode)}
        @change=${() => this.setMode(mode)}
      />
      ${label}
    </label>`;
  }

  private renderTarget() {
    return html`<div class="field">
      <label for="targetIncidentId">${this.l10n.t('incidentId')}</label>
      <input
        id="targetIncidentId"
        autocomplete="off"
        .value=${live(this.query)}
        aria-invalid=${this.fieldErrors.invalid('targetIncidentId')}
        aria-describedby=${ifDefined(this.fieldErrors.describedBy('targetIncidentId', 'target-hint'))}
        @input=${(e: Event) => {
          this.query = (e.target as HTMLInputElement).value;
          if (this.chosen && this.chosen.id !== this.query.trim()) this.chosen = undefined;
          this.fieldErrors.clear('targetIncidentId');
        }}
      />
      <p class="hint" id="target-hint">${this.l10n.t('incidentIdHint')}</p>
      ${this.fieldErrors.render('targetIncidentId')} ${this.renderChosen()} ${this.renderMatches()}
    </div>`;
  }

  private renderChosen() {
    const chosen = this.chosen;
    if (!chosen) return nothing;
    return html`<p class="chosen">
      ${this.l10n.markup('chosen', { name: html`<bdi>${chosen.displayName}</bdi>`, id: html`<bdi>${chosen.id}</bdi>` })}
    </p>`;
  }

  private renderMatches() {
    const text = this.searchText;
    if (!text) return nothing;
    return this.search.render({
      pending: () => html`<p class="hint" role="status">${this.l10n.t('searching')}</p>`,
      error: (error) =>
        html`<p class="hint">
          ${this.l10n.t('searchFailed', {
            message: describeApiError(error, { action: this.l10n.t('actionSearch') }, this.l10n).message,
          })}
          <button type="button" class="link" @click=${() => void this.search.run()}>${this.l10n.t('action.retry')}</button>
        </p>`,
      complete: (incidents) => {
        if (incidents.length === 0) {
          return html`<p class="hint" role="status">${this.l10n.markup('noMatches', { query: html`<bdi>${text}</bdi>` })}</p>`;
        }
        const current = this.currentIncidentId;
        return html`<ul class="matches" aria-label=${this.l10n.t('matches')}>
          ${incidents.map(
            (incident) => html`<li>
              <button
                type="button"
                class="match"
                ?disabled=${incident.id === current}
                aria-describedby=${ifDefined(incident.id === current ? 'current-note' : undefined)}
                @click=${() => this.choose(incident)}
              >
                ${this.l10n.markup('incidentOption', {
                  name: html`<bdi>${incident.displayName}</bdi>`,
                  id: html`<bdi>${incident.id}</bdi>`,
                })}
              </button>
            </li>`,
          )}
        </ul>
        ${incidents.some((incident) => incident.id === current)
          ? html`<p class="hint" id="current-note">${this.l10n.t('currentIncident')}</p>`
          : nothing}`;
      },
    });
  }

  private renderName() {
    return html`<div class="field">
      <label for="displayName">${this.l10n.t('incidentName')}</label>
      <input
        id="displayName"
        autocomplete="off"
        maxlength=${MAX_NAME_LENGTH}
        .value=${live(this.displayName)}
        aria-invalid=${this.fieldErrors.invalid('displayName')}
        aria-describedby=${ifDefined(this.fieldErrors.describedBy('displayName', 'name-hint'))}
        @input=${(e: Event) => {
          this.displayName = (e.target as HTMLInputElement).value;
          this.fieldErrors.clear('displayName');
        }}
      />
      <p class="hint" id="name-hint">${this.l10n.t('incidentNameHint')}</p>
      ${this.fieldErrors.render('displayName')}
    </div>`;
  }

  private renderComment() {
    return renderCommentField({
      value: this.comment,
      rows: 3,
      labels: {
        field: this.l10n.t('comment'),
        placeholder: this.l10n.t('commentPlaceholder'),
        counter: this.l10n.t('counter', { count: this.comment.length, max: MAX_COMMENT_LENGTH }),
        counterUnit: this.l10n.t('counterUnit'),
      },
      invalid: this.fieldErrors.invalid('comment'),
      describedBy: this.fieldErrors.describedBy('comment', 'comment-count'),
      error: this.fieldErrors.render('comment'),
      onInput: (value) => {
        this.comment = value;
        this.fieldErrors.clear('comment');
      },
    });
  }

  private renderOutcome() {
    let content: unknown = nothing;
    if (this.attempted && this.linking.status === TaskStatus.ERROR) {
      const error = this.linking.error;
      const described = describeApiError(error, { action: this.l10n.t('actionLink') }, this.l10n);
      const refused = ApiError.is(error, 'validation');
      content = html`<div class="notice error">
        <strong>${refused ? this.l10n.t('refused') : described.title}</strong>
        ${described.message}
      </div>`;
    }
    return html`<div class="alert-region" role="alert">${content}</div>
      <p class="visually-hidden" role="status">${this.isLinking ? this.l10n.t('linking') : ''}</p>`;
  }

  private renderLinked(result: LinkAlertsResult) {
    const incident = result.incident;
    return html`<div class="body">
        <section class="notice success" role="status" aria-labelledby="linked-title">
          <h3 id="linked-title">${this.l10n.t('linkedTitle')}</h3>
          <p>
            ${this.l10n.markup('linkedTo', {
              count: this.alerts.length,
              name: html`<strong><bdi>${incident.displayName}</bdi></strong>`,
              id: html`<bdi>${incident.id}</bdi>`,
            })}
          </p>
        </section>
      </div>
      <footer>
        <button id="open-incident" type="button" class="primary" part="open-button" @click=${this.openIncident}>
          ${this.l10n.t('openIncident')}
        </button>
        <button type="button" part="cancel-button" @click=${this.close}>${this.l10n.t('action.close')}</button>
      </footer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-link-alerts': SocLinkAlerts;
  }
}
