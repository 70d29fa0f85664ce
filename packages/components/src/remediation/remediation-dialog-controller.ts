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
import { describeApiError } from '../internal/describe-api-error.js';
import { formatDateTime } from '../internal/format.js';
import { ENTITY_TYPE_LABELS, REMEDIATION_ACTION_TYPE_LABELS } from '../internal/labels.js';
import type { Decision } from './decision-buttons.js';
import { REMEDIATION_ACTION_EFFECTS } from './remediation-catalog.js';

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

const DECISION_WORDS: Record<Decision, { title: string; verb: string; pending: string }> = {
  approve: { title: 'Approve action', verb: 'Approve', pending: 'Approving…' },
  reject: { title: 'Reject action', verb: 'Reject', pending: 'Rejecting…' },
};

function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
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
  #opener?: HTMLElement;
  /** The request the submit task last ran for: its outcome belongs to that opening only. */
  #ranFor?: RemediationRequest;
  /** The request the native dialog was last shown for; a `close` event of an earlier opening can arrive late. */
  #modalFor?: RemediationRequest;

  readonly #submit: Task<[RemediationRequest, string], RemediationAction>;

  constructor(host: ReactiveElement, options: RemediationDialogOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#submit = new Task(host, {
      autoRun: false,
      task: async ([request, comment], { signal }) => {
        const api = this.#options.api();
        if (!api) throw new ApiError('network', 'No incident service is connected.');
        const action =
          request.kind === 'decide'
            ? await api.decideRemediationAction(request.action.id, request.decision, comment.trim() || undefined, { signal })
            : await api.runRemediationAction(request.entity.id, request.type, { signal });
        void this.#succeeded(action, request);
        return action;
      },
      onError: (error) => {
        const described = describeApiError(error, { action: this.#actionWords() });
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
    this.#opener = opener;
    this.#host.requestUpdate();
  }

  /** Closes the dialog unless a call is under way (its outcome must not go unseen). */
  close(): void {
    if (!this.#request || this.#submitting) return;
    this.#hide();
    this.#restoreFocus();
  }

  hostUpdated(): void {
    const dialog = this.#dialog();
    if (!dialog) return;
    if (this.#request) {
      if (!dialog.open) dialog.showModal();
      this.#modalFor = this.#request;
    } else if (dialog.open) {
      this.#modalFor = undefined;
      dialog.close();
    }
  }

  hostDisconnected(): void {
    this.#request = undefined;
    this.#modalFor = undefined;
    this.#opener = undefined;
  }

  get #submitting(): boolean {
    return this.#submit.status === TaskStatus.PENDING && this.#ranFor === this.#request;
  }

  #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector<HTMLDialogElement>('dialog.remediation-dialog');
  }

  #hide(): void {
    this.#request = undefined;
    this.#ranFor = undefined;
    this.#host.requestUpdate();
  }

  #restoreFocus(): void {
    const opener = this.#opener;
    this.#opener = undefined;
    if (opener?.isConnected) opener.focus();
  }

  async #succeeded(action: RemediationAction, request: RemediationRequest): Promise<void> {
    if (this.#request !== request) return;
    const opener = this.#opener;
    this.#opener = undefined;
    this.#hide();
    await this.#host.updateComplete;
    if (opener?.isConnected) opener.focus();
    await this.#options.onDone(action, request);
    await this.#host.updateComplete;
    // Once the host shows the outcome the opener may be gone (an action no longer pending):
    // focus then goes where the outcome is, unless the person has moved it meanwhile.
    const active = deepActiveElement();
    if (!active || active === document.body) this.#options.focusAfter?.(action)?.focus();
  }

  #actionWords(request = this.#request): string {
    return request?.kind === 'run' ? 'run remediation actions' : 'approve or reject remediation actions';
  }

  readonly #confirm = (event: Event): void => {
    event.preventDefault();
    const request = this.#request;
    if (!request || this.#submitting) return;
    this.#ranFor = request;
    void this.#submit.run([request, this.#comment]);
  };

  /**
   * Escape goes through `close()` so that state and focus follow at once, and so that it can be
   * refused while a call is under way.
   */
  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.close();
  };

  /** The browser closed the dialog by itself; the controller follows. */
  readonly #onClose = (): void => {
    if (!this.#request || this.#modalFor !== this.#request || this.#dialog()?.open) return;
    this.#modalFor = undefined;
    this.#hide();
    this.#restoreFocus();
  };

  render() {
    const request = this.#request;
    return html`<dialog
      class="remediation-dialog"
      part="dialog"
      aria-labelledby="remediation-dialog-title"
      aria-describedby="remediation-dialog-summary"
      @keydown=${this.#onKeydown}
      @cancel=${(event: Event) => this.#submitting && event.preventDefault()}
      @close=${this.#onClose}
    >
      ${request ? this.#renderForm(request) : nothing}
    </dialog>`;
  }

  #renderForm(request: RemediationRequest) {
    const ran = this.#ranFor === request;
    const failed = ran && this.#submit.status === TaskStatus.ERROR;
    const described = failed ? describeApiError(this.#submit.error, { action: this.#actionWords(request) }) : undefined;
    const blocked = !!described && !described.canRetry;
    const submitting = this.#submitting;
    const words =
      request.kind === 'decide'
        ? { ...DECISION_WORDS[request.decision] }
        : {
            title: REMEDIATION_ACTION_TYPE_LABELS[request.type] ?? request.type,
            verb: REMEDIATION_ACTION_TYPE_LABELS[request.type] ?? request.type,
            pending: 'Starting…',
          };
    const confirmLabel = submitting ? words.pending : described?.canRetry ? 'Retry' : words.verb;
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
          ${blocked ? 'Close' : 'Cancel'}
        </button>
      </div>
    </form>`;
  }

  #renderDecision(request: Extract<RemediationRequest, { kind: 'decide' }>) {
    const { action } = request;
    const type = REMEDIATION_ACTION_TYPE_LABELS[action.type] ?? action.type;
    return html`<p id="remediation-dialog-summary">
        ${request.decision === 'approve' ? 'Approve' : 'Reject'} <strong>${type}</strong> on
        <strong>${action.entityName}</strong> (${ENTITY_TYPE_LABELS[action.entityType] ?? action.entityType})?
        ${request.decision === 'approve' ? REMEDIATION_ACTION_EFFECTS[action.type] : 'The action will not run.'}
      </p>
      <p class="muted">
        ${action.investigationId ? `Proposed by automated investigation ${action.investigationId}` : 'Proposed'} on
        ${formatDateTime(action.createdDateTime)}
      </p>
      <div class="field">
        <label for="remediation-comment">Comment (optional)</label>
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
    const { entity, type } = request;
    return html`<p id="remediation-dialog-summary">
      Run <strong>${REMEDIATION_ACTION_TYPE_LABELS[type] ?? type}</strong> on <strong>${entity.displayName}</strong>
      (${ENTITY_TYPE_LABELS[entity.type] ?? entity.type})? ${REMEDIATION_ACTION_EFFECTS[type]}
    </p>`;
  }
}
