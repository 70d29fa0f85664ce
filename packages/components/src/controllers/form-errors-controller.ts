import { html, nothing, type ReactiveControllerHost } from 'lit';

export interface FormErrorsOptions<Field extends string> {
  /** The control that shows `field`, which takes focus when its error is the first; none for a form-wide message. */
  control: (field: Field) => HTMLElement | null | undefined;
}

/**
 * Field errors of a form: which fields are invalid and why. A field's control takes
 * `aria-invalid=${errors.invalid(field)}` and `aria-describedby=${ifDefined(errors.describedBy(field))}`,
 * and `errors.render(field)` puts the message beside it under the id `describedBy` names. After a
 * failed submit, `report()` shows the errors and moves focus to the first invalid control (in
 * document order), so that the message is read out where it applies.
 */
export class FormErrorsController<Field extends string> {
  readonly #host: ReactiveControllerHost;
  readonly #options: FormErrorsOptions<Field>;
  #errors: Partial<Record<Field, string>> = {};

  constructor(host: ReactiveControllerHost, options: FormErrorsOptions<Field>) {
    this.#host = host;
    this.#options = options;
  }

  /** The message of `field`, if it has an error. */
  message(field: Field): string | undefined {
    return this.#errors[field];
  }

  /** Replaces every error with `errors`. */
  set(errors: Partial<Record<Field, string>>): void {
    this.#errors = { ...errors };
    this.#host.requestUpdate();
  }

  /** Marks `field` invalid with `message`, keeping the other errors. */
  add(field: Field, message: string): void {
    this.set({ ...this.#errors, [field]: message });
  }

  /** Clears the error of `field`, or every error. */
  clear(field?: Field): void {
    if (field === undefined) {
      if (Object.keys(this.#errors).length > 0) this.set({});
      return;
    }
    if (!this.#errors[field]) return;
    const { [field]: _cleared, ...rest } = this.#errors;
    this.set(rest as Partial<Record<Field, string>>);
  }

  /**
   * Shows `errors` in place of the earlier ones (after a submit); when there are any, the first
   * invalid control takes focus once they are rendered. Returns whether there were any.
   */
  report(errors: Partial<Record<Field, string>>): boolean {
    this.set(errors);
    const fields = Object.keys(errors) as Field[];
    if (fields.length === 0) return false;
    void this.#host.updateComplete.then(() => this.#firstControl(fields)?.focus());
    return true;
  }

  #firstControl(fields: Field[]): HTMLElement | undefined {
    const controls = fields
      .map((field) => this.#options.control(field))
      .filter((control): control is HTMLElement => !!control);
    return controls.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : -1))[0];
  }

  /** The value of the field's `aria-invalid`. */
  invalid(field: Field): 'true' | 'false' {
    return this.#errors[field] ? 'true' : 'false';
  }

  /** The id of the element `render(field)` puts the message in. */
  errorId(field: Field): string {
    return `${field}-error`;
  }

  /** The field's `aria-describedby`: the ids of its hints (`others`), then of its error while it has one. */
  describedBy(field: Field, ...others: string[]): string | undefined {
    const ids = [...others, ...(this.#errors[field] ? [this.errorId(field)] : [])];
    return ids.length ? ids.join(' ') : undefined;
  }

  /** The field's error message, or nothing while it has none. */
  render(field: Field) {
    const message = this.#errors[field];
    return message ? html`<p class="field-error" id=${this.errorId(field)}>${message}</p>` : nothing;
  }
}
