import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { live } from 'lit/directives/live.js';
import { ApiError } from '../api/api-error.js';
import type { IncidentApi } from '../api/incident-api.js';
import {
  MAX_COMMENT_LENGTH,
  type Entity,
  type RemediationAction,
  type RemediationActionType,
} from '../api/model.js';
import { ModalDialogController } from '../controllers/modal-dialog-controller.js';
import { deepActiveElement } from '../internal/deep-active-element.js';
import { LocaleController } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import type { Decision } from './decision-buttons.js';
import { remediationCatalog } from './messages.js';

/** What the dialog asks a person to confirm. */
export type RemediationRequest =
  | { kind: 'decide'; action: RemediationAction; decision: Decision }
  | { kind: 'run'; entity: Entity; type: RemediationActionType };

export interface RemediationDialogOptions {
  api: () => IncidentApi | undefined;
  /** The backend accepted: the host records the action, tells others and reloads; resolve once it shows the result. */
  onDone: (action: RemediationAction, request: RemediationRequest) => Promise<void> | void;
  /** The backend refused in a way retrying cannot fix (decided elsewhere, the role changed): the host reloads. */
  onRefused?: () => void;
  /** Where focus goes after a success when the button that opened the dialog is gone (e.g. the action's line). */
  focusAfter?: (action: RemediationAction) => HTMLElement | null | undefined;
}

const DECISION_WORDS = {
  approve: { title: 'approveTitle', verb: 'approve', pending: 'approving', confirm: 'confirmApprove' },
  reject: { title: 'rejectTitle', verb: 'reject', pending: 'rejecting', confirm: 'confirmReject' },
} as const satisfies Record<Decision, Record<string, keyof typeof remediationCatalog.source>>;

/**
 * A message with its `{placeholders}` replaced by `parts` (markup: user data in `<strong>`), so that
 * the words around them stay in the translation's order.
 */
function interpolate(message: string, parts: Readonly<Record<string, unknown>>): unknown[] {
  return message.split(/\{(\w+)\}/).map((piece, index) => (index % 2 === 1 && Object.hasOwn(parts, piece) ? parts[piece] : piece));
}

/**
 * The modal dialog that confirms a remediation: approving or rejecting a pending action (with an
 * optional comment), or running a manual action on an entity. It follows the WAI-ARIA APG dialog
 * pattern: focus moves in (the comment box, or "Cancel" before a manual action), Tab stays inside,
 * Escape closes, and focus returns to the button that opened it. A failed call keeps the dialog
 * and the comment, and says what went wrong and whether retrying can help.
 *
 * The host renders `render()` in its shadow root and adds `remediationDialogStyles`.
 */
export class RemediationDialogController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #options: RemediationDialogOptions;
  #request?: RemediationRequest;
  #comment = '';
  /** The request the submit task last ran for: its outcome belongs to that opening only. */
  #ranFor?: RemediationRequest;

  readonly #submit: Task<[RemediationRequest, string], RemediationAction>;
  /** Escape and close requests are refused while a call is under way: its outcome must not go unseen. */
  readonly #modal: ModalDialogController;
  /** The dialog's words, in the language around the host. */
  readonly #l10n: LocaleController<typeof remediationCatalog.source>;

  constructor(host: ReactiveElement, options: RemediationDialogOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#l10n = new LocaleController(host, remediationCatalog);
    this.#modal = new ModalDialogController(host, {
      dialog: () => this.#host.renderRoot.querySelector<HTMLDialogElement>('dialog.remediation-dialog'),
      open: () => this.#request !== undefined,
      close: () => this.#hide(),
      busy: () => this.#submitting,
    });
    this.#submit = new Task(host, {
      autoRun: false,
      task: async ([request, comment], { signal }) => {
        const api = this.#options.api();
        if (!api) throw new ApiError('network', this.#l10n.t('noService'));
        const action =
          request.kind === 'decide'
            ? await api.decideRemediationAction(request.action.id, request.decision, comment.trim() || undefined, { signal })
            : await api.runRemediationAction(request.entity.id, request.type, { signal });
        void this.#succeeded(action, request);
        return action;
      },
      onError: (error) => {
        const described = describeApiError(error, { action: this.#actionWords() }, this.#l10n);
        if (!described.canRetry) this.#options.onRefused?.();
      },
    });
  }

  /** What the dialog is confirming, while it is open. */
  get request(): RemediationRequest | undefined {
    return this.#request;
  }

  /** Opens the dialog for `request`; focus returns to `opener` (by default the focused element) when it closes. */
  show(request: RemediationRequest, opener: HTMLElement | undefined = deepActiveElement()): void {
    this.#request = request;
    this.#comment = '';
    this.#ranFor = undefined;
    this.#modal.setOpener(opener);
    this.#host.requestUpdate();
  }

  /** Closes the dialog unless a call is under way (its outcome must not go unseen). */
  close(): void {
    if (this.#request) this.#modal.requestClose();
  }

  hostDisconnected(): void {
    this.#request = undefined;
  }

  get #submitting(): boolean {
    return this.#submit.status === TaskStatus.PENDING && this.#ranFor === this.#request;
  }

  #hide(): void {
    this.#request = undefined;
    this.#ranFor = undefined;
    this.#host.requestUpdate();
  }

  async #succeeded(action: RemediationAction, request: RemediationRequest): Promise<void> {
    if (this.#request !== request) return;
    // Closing returns focus to the button that opened the dialog.
    this.#hide();
    await this.#host.updateComplete;
    await this.#options.onDone(action, request);
    await this.#host.updateComplete;
    // Once the host shows the outcome the opener may be gone (an action no longer pending):
    // focus then goes where the outcome is, unless the person has moved it meanwhile.
    const active = deepActiveElement();
    if (!active || active === document.body) this.#options.focusAfter?.(action)?.focus();
  }

  #actionWords(request = this.#request): string {
    return this.#l10n.t(request?.kind === 'run' ? 'actionRun' : 'actionDecide');
  }

  readonly #confirm = (event: Event): void => {
    event.preventDefault();
    const request = this.#request;
    if (!request || this.#submitting) return;
    this.#ranFor = request;
    void this.#submit.run([request, this.#comment]);
  };

  render() {
    const request = this.#request;
    return html`<dialog
      class="remediation-dialog"
      part="dialog"
      aria-labelledby="remediation-dialog-title"
      aria-describedby="remediation-dialog-summary"
    >
      ${request ? this.#renderForm(request) : nothing}
    </dialog>`;
  }

  #renderForm(request: RemediationRequest) {
    const ran = this.#ranFor === request;
    const failed = ran && this.#submit.status === TaskStatus.ERROR;
    const l10n = this.#l10n;
    const described = failed ? describeApiError(this.#submit.error, { action: this.#actionWords(request) }, l10n) : undefined;
    const blocked = !!described && !described.canRetry;
    const submitting = this.#submitting;
    const words =
      request.kind === 'decide'
        ? {
            title: l10n.t(DECISION_WORDS[request.decision].title),
            verb: l10n.t(DECISION_WORDS[request.decision].verb),
            pending: l10n.t(DECISION_WORDS[request.decision].pending),
          }
        : {
            title: l10n.t(`actionType.${request.type}`),
            verb: l10n.t(`actionType.${request.type}`),
            pending: l10n.t('starting'),
          };
    const confirmLabel = submitting ? words.pending : described?.canRetry ? l10n.t('action.retry') : words.verb;
    return html`<form @submit=${this.#confirm}>
      <h2 id="remediation-dialog-title">${words.title}</h2>
      <div class="dialog-body">
        ${request.kind === 'decide' ? this.#renderDecision(request) : this.#renderRun(request)}
        ${described
          ? html`<div class="dialog-error" role="alert">
              <strong>${described.title}</strong>
              <span>${described.message}</span>
            </div>`
          : nothing}
      </div>
      <div class="dialog-buttons">
        <button
          type="submit"
          class="primary"
          ?disabled=${blocked}
          aria-disabled=${submitting ? 'true' : nothing}
        >
          ${confirmLabel}
        </button>
        <button
          type="button"
          ?autofocus=${request.kind === 'run'}
          aria-disabled=${submitting ? 'true' : nothing}
          @click=${() => this.close()}
        >
          ${l10n.t(blocked ? 'action.close' : 'action.cancel')}
        </button>
      </div>
    </form>`;
  }

  #renderDecision(request: Extract<RemediationRequest, { kind: 'decide' }>) {
    const l10n = this.#l10n;
    const { action } = request;
    const proposedAt = html`<time datetime=${action.createdDateTime}>${l10n.dateTime(action.createdDateTime)}</time>`;
    return html`<p id="remediation-dialog-summary">
        ${interpolate(l10n.t(DECISION_WORDS[request.decision].confirm), {
          action: html`<strong>${l10n.t(`actionType.${action.type}`)}</strong>`,
          entity: html`<strong><bdi>${action.entityName}</bdi></strong>`,
          type: l10n.t(`entityType.${action.entityType}`),
        })}
        ${request.decision === 'approve' ? l10n.t(`effect.${action.type}`) : l10n.t('rejectEffect')}
      </p>
      <p class="muted">
        ${action.investigationId
          ? interpolate(l10n.t('proposedByInvestigation'), { investigation: html`<bdi>${action.investigationId}</bdi>`, date: proposedAt })
          : interpolate(l10n.t('proposedOn'), { date: proposedAt })}
      </p>
      <div class="field">
        <label for="remediation-comment">${l10n.t('comment')}</label>
        <textarea
          id="remediation-comment"
          autofocus
          maxlength=${MAX_COMMENT_LENGTH}
          .value=${live(this.#comment)}
          @input=${(event: Event) => {
            this.#comment = (event.target as HTMLTextAreaElement).value;
          }}
        ></textarea>
      </div>`;
  }

  #renderRun(request: Extract<RemediationRequest, { kind: 'run' }>) {
    const l10n = this.#l10n;
    const { entity, type } = request;
    return html`<p id="remediation-dialog-summary">
      ${interpolate(l10n.t('confirmRun'), {
        action: html`<strong>${l10n.t(`actionType.${type}`)}</strong>`,
        entity: html`<strong><bdi>${entity.displayName}</bdi></strong>`,
        type: l10n.t(`entityType.${entity.type}`),
      })}
      ${l10n.t(`effect.${type}`)}
    </p>`;
  }
}
