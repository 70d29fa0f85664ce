import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { MAX_COMMENT_LENGTH } from '../api/model.js';

export interface CommentFieldOptions {
  /** What is typed so far. */
  value: string;
  rows: number;
  /** Words, in the element's language: the label, the placeholder, the count ("12/30,000") and its unit. */
  labels: { field: string; placeholder: string; counter: string; counterUnit: string };
  /** The textarea's `aria-invalid` and `aria-describedby` (naming `comment-count`), and its error (from a `FormErrorsController`). */
  invalid: 'true' | 'false';
  describedBy?: string;
  error: unknown;
  onInput: (value: string) => void;
}

/**
 * The comment box the manage and link dialogs share: a textarea (`#comment`) of at most
 * `MAX_COMMENT_LENGTH` characters, with the count of what is typed (`#comment-count`) under it.
 */
export function renderCommentField(options: CommentFieldOptions) {
  const { labels } = options;
  return html`<div class="field">
    <label for="comment">${labels.field}</label>
    <textarea
      id="comment"
      rows=${options.rows}
      maxlength=${MAX_COMMENT_LENGTH}
      placeholder=${labels.placeholder}
      .value=${live(options.value)}
      aria-invalid=${options.invalid}
      aria-describedby=${ifDefined(options.describedBy)}
      @input=${(e: Event) => options.onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="counter" id="comment-count">
      ${labels.counter}
      <span class="visually-hidden">${labels.counterUnit}</span>
    </p>
    ${options.error}
  </div>`;
}
