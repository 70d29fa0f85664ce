import type { ReactiveController, ReactiveElement } from 'lit';
import { deepActiveElement } from '../internal/deep-active-element.js';

export interface ModalDialogOptions {
  /** The host's `<dialog>`, once rendered. */
  dialog: () => HTMLDialogElement | null | undefined;
  /** Whether the host wants the dialog showing (its `open` property, say). */
  open: () => boolean;
  /** The host's own close: afterwards `open()` is false. Escape, a close request and a close by other means call it. */
  close: () => void;
  /** While true (a save under way), Escape and the browser's close requests are refused: the outcome must not go unseen. */
  busy?: () => boolean;
  /** Runs right after `showModal()`, to move focus where `autofocus` does not. */
  afterShow?: () => void;
  /** Runs once the dialog has closed and focus has gone back. */
  afterClose?: () => void;
  /** Where focus goes when the dialog closes; by default the element that had focus when it opened. */
  returnFocus?: () => HTMLElement | null | undefined;
}

/**
 * The lifecycle of a host's modal `<dialog>` (WAI-ARIA APG dialog pattern). The host keeps the
 * state that says whether the dialog shows; after each update the controller makes the native
 * dialog follow it: `showModal()` on opening, `close()` on closing, then focus back to the element
 * that opened it.
 *
 * Escape goes through the host's `close()` so that its state, focus and events follow at once (the
 * dialog's own `close` event is queued and can come late, much later in a background tab); controls
 * inside that use Escape themselves (a listbox) prevent its default first. A dialog the browser
 * closed by itself (a close request, `method="dialog"`) is followed too, and a `close` event left
 * over from an earlier opening is ignored.
 */
export class ModalDialogController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #options: ModalDialogOptions;
  /** Whether the controller last showed the dialog (and has not seen it close since). */
  #showing = false;
  #opener?: HTMLElement;

  constructor(host: ReactiveElement, options: ModalDialogOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Where focus goes back when the dialog closes: by default the element focused now. Call it before opening. */
  setOpener(opener: HTMLElement | undefined = deepActiveElement()): void {
    this.#opener = opener;
  }

  /** Asks the host to close, unless it is busy. */
  requestClose(): void {
    if (this.#options.busy?.()) return;
    this.#options.close();
  }

  hostConnected(): void {
    // Back in the document after a move: an open dialog is shown as a modal again on the next update.
    if (this.#options.open()) this.#host.requestUpdate();
    // `cancel` and `close` do not bubble: listened for on the way down.
    this.#host.renderRoot.addEventListener('keydown', this.#onKeydown as EventListener);
    this.#host.renderRoot.addEventListener('cancel', this.#onCancel, true);
    this.#host.renderRoot.addEventListener('close', this.#onClose, true);
  }

  hostDisconnected(): void {
    this.#host.renderRoot.removeEventListener('keydown', this.#onKeydown as EventListener);
    this.#host.renderRoot.removeEventListener('cancel', this.#onCancel, true);
    this.#host.renderRoot.removeEventListener('close', this.#onClose, true);
    // A dialog taken out of the document leaves the top layer: shown again when the host returns.
    this.#showing = false;
  }

  hostUpdated(): void {
    const dialog = this.#options.dialog();
    const open = this.#options.open();
    if (open && !this.#showing) {
      // Updated while out of the document: shown once the host is back (hostConnected asks for that update).
      if (!dialog?.isConnected) return;
      this.#opener ??= deepActiveElement();
      // Open but not modal (its host was moved in the DOM): show it as a modal again.
      if (dialog.open && !dialog.matches(':modal')) dialog.close();
      if (!dialog.open) dialog.showModal();
      this.#showing = true;
      this.#options.afterShow?.();
    } else if (!open && this.#showing) {
      this.#showing = false;
      if (dialog?.open) dialog.close();
      this.#afterClose();
    }
  }

  #afterClose(): void {
    const target = this.#options.returnFocus?.() ?? this.#opener;
    this.#opener = undefined;
    if (target?.isConnected) target.focus();
    this.#options.afterClose?.();
  }

  #isOwnDialog(event: Event): boolean {
    const dialog = this.#options.dialog();
    return !!dialog && event.composedPath().includes(dialog);
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented || !this.#showing || !this.#isOwnDialog(event)) return;
    event.preventDefault();
    this.requestClose();
  };

  /** A close request Escape did not bring (the keydown was not seen): the host decides, as for Escape. */
  readonly #onCancel = (event: Event): void => {
    if (event.target !== this.#options.dialog()) return;
    event.preventDefault();
    this.requestClose();
  };

  /** The browser closed the dialog by itself; the host follows. */
  readonly #onClose = (event: Event): void => {
    const dialog = this.#options.dialog();
    if (!dialog || event.target !== dialog || !this.#showing || dialog.open) return;
    this.#showing = false;
    this.#options.close();
    this.#afterClose();
  };
}
