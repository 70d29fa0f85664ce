import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ApiError } from '../api/api-error.js';
import { apiContext, principalContext, type ProvidedPrincipal } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import {
  ALERT_STATUSES,
  CLASSIFICATIONS,
  MAX_COMMENT_LENGTH,
  type Alert,
  type AlertStatus,
  type Classification,
  type Determination,
} from '../api/model.js';
import { FormErrorsController } from '../controllers/form-errors-controller.js';
import { ModalDialogController } from '../controllers/modal-dialog-controller.js';
import { PrincipalController } from '../controllers/principal-controller.js';
import { AlertsUpdatedEvent } from '../events/alerts-updated.js';
import { isolate } from '../i18n/isolate.js';
import { LocaleController } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { closeIcon } from '../internal/icons.js';
import { SocElement } from '../internal/soc-element.js';
import { KEEP, renderAssigneeField } from '../manage/assignee-field.js';
import { determinationChoices } from '../manage/incident-draft.js';
import { baseStyles } from '../styles/tokens.js';
import {
  ALERT_DRAFT_FIELDS,
  alertPatch,
  commonAlertDraft,
  withAlertField,
  type AlertBulkDraft,
  type AlertDraft,
  type AlertDraftField,
} from './alert-draft.js';
import { manageAlertStyles } from './manage-alert.styles.js';
import { manageAlertCatalog } from './messages.js';
import { renderBulkFailures } from '../manage/bulk-failures.js';
import { renderCommentField } from '../manage/comment-field.js';

type ErrorTarget = AlertDraftField | 'comment';

/** The control a backend validation error names (`status`, `patch.assignedTo`, `comment`). */
function errorTarget(field: string | undefined): ErrorTarget | undefined {
  if (!field) return undefined;
  const name = /([A-Za-z]+)(?:\[\d+\])?$/.exec(field)?.[1];
  return [...ALERT_DRAFT_FIELDS, 'comment'].find((known) => known === name) as ErrorTarget | undefined;
}

function sameAlerts(a: readonly Alert[], b: readonly Alert[]): boolean {
  return (
    a.length === b.length &&
    a.every((alert, i) => alert.id === b[i].id && alert.lastUpdateDateTime === b[i].lastUpdateDateTime)
  );
}

interface AlertFailure {
  alert: Alert;
  message: string;
}

/**
 * The "Manage alert" dialog: set the status, classification and determination, and owner of one
 * alert, or of many at once, and add a comment. Only the fields the person changed are sent, with
 * the comment: `updateAlert` for one alert, `updateAlerts` for several. In a bulk update each alert
 * the backend refused is listed with its reason, and saving again retries only those.
 *
 * Open it with `show(alerts)`, or by setting `alerts` and `open`. A validation error appears next
 * to its field and nothing typed is lost. People with only the reader role, and backends without
 * the `updateAlerts` capability, see the values read-only with the reason.
 *
 * @summary Modal dialog to update one alert or many.
 *
 * @fires soc-alerts-updated - After a save; `detail.alerts` holds the versions the backend stored.
 * @fires close - After the dialog closed (saved, cancelled, or Escape).
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart save-button - The "Save" button.
 * @csspart cancel-button - The "Cancel" button.
 *
 * @cssproperty --soc-color-background - Dialog background.
 * @cssproperty --soc-color-accent - The "Save" button and the focused field's underline.
 * @cssproperty --soc-color-danger - Field errors and the error message.
 * @cssproperty --soc-shadow - The dialog's shadow.
 */
export class SocManageAlert extends SocElement {
  static override styles = [baseStyles, manageAlertStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  @consume({ context: principalContext, subscribe: true })
  @state()
  private providedPrincipal?: ProvidedPrincipal;

  /** Whether the dialog is showing. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The alerts to manage: one, or several for a bulk update. */
  @property({ attribute: false }) alerts: Alert[] = [];

  /** The alerts the next save applies to (after a partial bulk failure: those that failed). */
  @state() private targets: Alert[] = [];
  /** What the alerts had in common when the dialog opened (for one alert, its values). */
  @state() private common: AlertBulkDraft = {};
  @state() private draft: AlertBulkDraft = {};
  @state() private comment = '';
  @state() private failures: AlertFailure[] = [];
  @state() private savedCount = 0;
  /** Whether the last save's outcome belongs to this opening of the dialog. */
  @state() private saveAttempted = false;

  private readonly fieldErrors = new FormErrorsController<ErrorTarget>(this, {
    control: (target) => this.renderRoot.querySelector<HTMLElement>(`#${target}`),
  });

  private readonly modal = new ModalDialogController(this, {
    dialog: () => this.renderRoot.querySelector('dialog'),
    open: () => this.open,
    close: () => this.close(),
    busy: () => this.isSaving,
    afterClose: () => this.dispatchEvent(new Event('close')),
  });

  private readonly l10n = new LocaleController(this, manageAlertCatalog);

  private readonly me = new PrincipalController(this, {
    api: () => this.api,
    provided: () => this.providedPrincipal,
    needed: () => this.open,
  });

  private readonly assignees = new Task(this, {
    task: ([api, open], { signal }) => (api && open ? api.listAssignees({ signal }) : initialState),
    args: () => [this.api, this.open] as const,
  });

  private readonly saving = new Task(this, {
    autoRun: false,
    args: () => [this.api] as const,
    task: async ([api]) => {
      if (!api) throw new ApiError('network', this.l10n.t('noService'));
      if (this.bulk) await this.saveMany(api);
      else await this.saveOne(api);
    },
  });

  /** Opens the dialog for one alert or several (a bulk update). */
  show(target?: Alert | Alert[]): void {
    if (target) this.alerts = Array.isArray(target) ? [...target] : [target];
    this.modal.setOpener();
    this.open = true;
  }

  /** Closes the dialog; unsaved changes are dropped. */
  close(): void {
    this.open = false;
  }

  /** Why nothing can be changed, if nothing can: the reader role, or a backend that cannot change alerts. */
  private get lockReason(): string | undefined {
    if (this.me.readOnly) return this.l10n.t('readOnly');
    if (this.api && !this.api.capabilities.has('updateAlerts')) return this.l10n.t('cannotUpdate');
    return undefined;
  }

  /** Whether the dialog manages several alerts (and retries the failed ones of them in bulk too). */
  private get bulk(): boolean {
    return this.alerts.length > 1;
  }

  private get isSaving(): boolean {
    return this.saving.status === TaskStatus.PENDING;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const opening = changed.has('open') && this.open;
    // A host that hands in equal alerts again (a fresh array on each render) must not wipe the draft.
    const newTargets = changed.has('alerts') && !sameAlerts(changed.get('alerts') ?? [], this.alerts);
    if (opening || newTargets) this.startEditing();
  }

  private startEditing(): void {
    this.targets = [...this.alerts];
    this.common = commonAlertDraft(this.targets);
    this.draft = { ...this.common };
    this.comment = '';
    this.fieldErrors.clear();
    this.failures = [];
    this.savedCount = 0;
    this.saveAttempted = false;
  }

  private setField<F extends AlertDraftField>(field: F, value: AlertDraft[F] | undefined): void {
    this.draft = withAlertField(this.draft, field, value);
    this.fieldErrors.clear(field);
    if (field === 'classification') this.fieldErrors.clear('determination');
  }

  private selectValue(event: Event): string | undefined {
    const value = (event.target as HTMLSelectElement).value;
    return value === KEEP ? undefined : value;
  }

  // ---------------------------------------------------------------------------
  // Saving
  // ---------------------------------------------------------------------------

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.lockReason || this.isSaving) return;
    this.fieldErrors.clear();
    this.saveAttempted = true;
    await this.saving.run();
    const error = this.saving.error;
    if (this.saving.status === TaskStatus.ERROR && ApiError.is(error, 'validation')) {
      const target = errorTarget(error.field);
      if (target) this.fieldErrors.report({ [target]: isolate(error.message) });
    }
  }

  private async saveOne(api: IncidentApi): Promise<void> {
    const [alert] = this.targets;
    if (!alert) return;
    const patch = alertPatch(this.common, this.draft, this.comment);
    if (Object.keys(patch).length === 0) {
      this.close();
      return;
    }
    const saved = await api.updateAlert(alert.id, patch);
    this.emit(new AlertsUpdatedEvent([saved]));
    this.close();
  }

  private async saveMany(api: IncidentApi): Promise<void> {
    const patch = alertPatch(this.common, this.draft, this.comment);
    if (Object.keys(patch).length === 0) {
      this.close();
      return;
    }
    const ids = this.targets.map((alert) => alert.id);
    // A call refused as a whole (a validation error, the network) throws: one message, the draft kept.
    const result = await api.updateAlerts(ids, patch);
    if (result.succeeded.length > 0) this.emit(new AlertsUpdatedEvent(result.succeeded));
    if (result.failed.length === 0) {
      this.close();
      return;
    }
    const byId = new Map(this.targets.map((alert) => [alert.id, alert]));
    this.savedCount += result.succeeded.length;
    this.failures = result.failed.flatMap(({ id, error }) => {
      const alert = byId.get(id);
      return alert ? [{ alert, message: error.message }] : [];
    });
    // Saving again retries only what failed.
    this.targets = this.failures.map((failure) => failure.alert);
  }

  // ---------------------------------------------------------------------------
  // Rendering
  // ---------------------------------------------------------------------------

  override render() {
    const lockReason = this.lockReason;
    const single = this.bulk ? undefined : this.targets[0];
    return html`<dialog part="dialog" aria-labelledby="title" aria-describedby="subtitle">
      <form novalidate @submit=${this.onSubmit}>
        <header>
          <h2 id="title">${this.l10n.t(this.alerts.length > 1 ? 'titleMany' : 'title')}</h2>
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
            ${this.alerts.length > 1
              ? this.l10n.t('selected', { count: this.alerts.length })
              : single
                ? html`<bdi>${single.title}</bdi> <span aria-hidden="true">·</span>
                    ${this.l10n.markup('alertId', { id: html`<bdi>${single.id}</bdi>` })}`
                : nothing}
          </p>
        </header>
        <!-- Read-only, nothing inside takes focus, so the scrolling area itself must. -->
        <div
          class="body"
          tabindex=${ifDefined(lockReason ? '0' : undefined)}
          role=${ifDefined(lockReason ? 'region' : undefined)}
          aria-label=${ifDefined(lockReason ? this.l10n.t('properties') : undefined)}
        >
          ${lockReason ? html`<p class="note" role="note">${lockReason}</p>` : nothing} ${this.renderFailures()}
          <fieldset ?disabled=${!!lockReason}>
            <legend class="visually-hidden">${this.l10n.t('properties')}</legend>
            ${this.renderStatus()}
            <fieldset class="group">
              <legend>${this.l10n.t('classificationGroup')}</legend>
              ${this.renderClassification()} ${this.renderDetermination()}
            </fieldset>
            ${this.renderAssignee(!!lockReason)} ${this.renderComment()}
          </fieldset>
        </div>
        ${this.renderSaveOutcome()}
        <footer>
          ${lockReason
            ? nothing
            : html`<button
                id="save"
                type="submit"
                class="primary"
                part="save-button"
                aria-disabled=${this.isSaving ? 'true' : 'false'}
              >
                ${this.l10n.t(this.isSaving ? 'state.saving' : 'action.save')}
              </button>`}
          <button type="button" part="cancel-button" @click=${this.close}>
            ${this.l10n.t(lockReason ? 'action.close' : 'action.cancel')}
          </button>
        </footer>
      </form>
    </dialog>`;
  }

  /** A select of enum values, with "Keep current" while the alerts differ and the person has not chosen. */
  private renderSelect<F extends 'status' | 'classification' | 'determination'>(
    field: F,
    choices: readonly AlertDraft[F][],
    label: (value: AlertDraft[F]) => string,
    { autofocus = false, disabled = false, hints = [] as string[] } = {},
  ) {
    const current = this.draft[field];
    return html`<select
      id=${field}
      ?autofocus=${autofocus}
      ?disabled=${disabled}
      .value=${live(current ?? KEEP)}
      aria-invalid=${this.fieldErrors.invalid(field)}
      aria-describedby=${ifDefined(this.fieldErrors.describedBy(field, ...hints))}
      @change=${(e: Event) => this.setField(field, this.selectValue(e) as AlertDraft[F] | undefined)}
    >
      ${current === undefined ? html`<option value=${KEEP} selected>${this.l10n.t('keepCurrent')}</option>` : nothing}
      ${choices.map((value) => html`<option value=${value} ?selected=${current === value}>${label(value)}</option>`)}
    </select>`;
  }

  private renderStatus() {
    return html`<div class="field">
      <label for="status">${this.l10n.t('field.status')}</label>
      ${this.renderSelect('status', ALERT_STATUSES, (status: AlertStatus) => this.l10n.t(`alertStatus.${status}`), {
        autofocus: true,
      })}
      ${this.fieldErrors.render('status')}
    </div>`;
  }

  private renderClassification() {
    return html`<div class="field">
      <label for="classification">${this.l10n.t('field.classification')}</label>
      ${this.renderSelect('classification', CLASSIFICATIONS, (value: Classification) => this.l10n.t(`classification.${value}`))}
      ${this.fieldErrors.render('classification')}
    </div>`;
  }

  private renderDetermination() {
    const enabled = this.draft.classification === 'truePositive';
    const offered = determinationChoices([this.draft.determination, ...this.targets.map((alert) => alert.determination)]);
    return html`<div class="field">
      <label for="determination">${this.l10n.t('field.determination')}</label>
      ${this.renderSelect('determination', offered, (value: Determination) => this.l10n.t(`determination.${value}`), {
        disabled: !enabled,
        hints: ['determination-hint'],
      })}
      <p class="hint" id="determination-hint">${this.l10n.t(enabled ? 'determinationHint' : 'determinationDisabled')}</p>
      ${this.fieldErrors.render('determination')}
    </div>`;
  }

  private renderAssignee(locked: boolean) {
    const me = this.me.value;
    return renderAssigneeField({
      value: this.draft.assignedTo,
      assignees: this.assignees.value ?? [],
      others: this.targets.map((alert) => alert.assignedTo),
      me: me && !locked ? me.id : undefined,
      labels: {
        field: this.l10n.t('field.assignedTo'),
        keep: this.l10n.t('keepOwners'),
        unassigned: this.l10n.t('state.unassigned'),
        assignToMe: this.l10n.t('assignToMe'),
      },
      loadFailure:
        this.assignees.status === TaskStatus.ERROR
          ? {
              message: this.l10n.t('assigneesFailed', {
                message: describeApiError(this.assignees.error, { action: this.l10n.t('actionListAssignees') }, this.l10n).message,
              }),
              retry: this.l10n.t('action.retry'),
            }
          : undefined,
      invalid: this.fieldErrors.invalid('assignedTo'),
      describedBy: this.fieldErrors.describedBy('assignedTo'),
      error: this.fieldErrors.render('assignedTo'),
      onChange: (value) => this.setField('assignedTo', value),
      onRetry: () => void this.assignees.run(),
    });
  }

  private renderComment() {
    return renderCommentField({
      value: this.comment,
      rows: 4,
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

  private renderFailures() {
    if (this.failures.length === 0) return nothing;
    return renderBulkFailures(
      (key, params) => this.l10n.t(key, params),
      this.savedCount,
      this.failures.map((failure) =>
        this.l10n.markup('failure', {
          title: html`<strong><bdi>${failure.alert.title}</bdi></strong>`,
          id: html`<bdi>${failure.alert.id}</bdi>`,
          message: html`<bdi>${failure.message}</bdi>`,
        }),
      ),
    );
  }

  private renderSaveOutcome() {
    let content: unknown = nothing;
    if (this.saveAttempted && this.saving.status === TaskStatus.ERROR) {
      const described = describeApiError(this.saving.error, { action: this.l10n.t('actionChange') }, this.l10n);
      content = html`<div class="notice error">
        <strong>${described.title}</strong>
        ${described.message} ${described.canRetry ? this.l10n.t('changesKept') : ''}
      </div>`;
    } else if (this.saveAttempted && this.failures.length > 0 && this.saving.status === TaskStatus.COMPLETE) {
      content = html`<div class="notice error">${this.l10n.t('someNotUpdated')}</div>`;
    }
    return html`<div class="alert-region" role="alert">${content}</div>
      <p class="visually-hidden" role="status">${this.isSaving ? this.l10n.t('state.saving') : ''}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-manage-alert': SocManageAlert;
  }
}
