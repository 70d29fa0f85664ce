import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Assignee } from '../api/model.js';

/** Select value meaning "leave each selected item as it is" (bulk edits of differing values). */
export const KEEP = '(keep)';

export interface AssigneeFieldOptions {
  /** The owner chosen: a user's ID, `null` for unassigned, `undefined` while bulk-edited items differ. */
  value: string | null | undefined;
  /** The people to offer. */
  assignees: readonly Assignee[];
  /** Owners to offer although they are not among `assignees` (the items' own, the signed-in person's). */
  others: readonly (string | null | undefined)[];
  /** The signed-in person's ID, for "Assign to me"; none while unknown or when they cannot change it. */
  me?: string;
  /** Words, in the element's language. */
  labels: { field: string; keep: string; unassigned: string; assignToMe: string };
  /** The sentence saying the people could not be loaded, with the "Retry" label; none while they could. */
  loadFailure?: { message: string; retry: string };
  /** The select's `aria-invalid` and `aria-describedby`, and its error message (from a `FormErrorsController`). */
  invalid: 'true' | 'false';
  describedBy?: string;
  error: unknown;
  /** A choice: a user's ID, `null` for unassigned, `undefined` for "keep". */
  onChange: (value: string | null | undefined) => void;
  onRetry: () => void;
}

/**
 * The "Assigned to" field the manage dialogs share: a select of the people to assign (with
 * "Unassigned", and "Keep current owners" while bulk-edited items differ) and "Assign to me".
 */
export function renderAssigneeField(options: AssigneeFieldOptions) {
  const { value, assignees, me, labels } = options;
  const known = new Set(assignees.map((a) => a.id));
  const extra = [value, ...options.others, me].filter(
    (id, index, all): id is string => !!id && !known.has(id) && all.indexOf(id) === index,
  );
  const mixed = value === undefined;
  return html`<div class="field">
    <label for="assignedTo">${labels.field}</label>
    <div class="assignee">
      <select
        id="assignedTo"
        .value=${live(mixed ? KEEP : (value ?? ''))}
        aria-invalid=${options.invalid}
        aria-describedby=${ifDefined(options.describedBy)}
        @change=${(e: Event) => {
          const chosen = (e.target as HTMLSelectElement).value;
          options.onChange(chosen === KEEP ? undefined : chosen || null);
        }}
      >
        ${mixed ? html`<option value=${KEEP} selected>${labels.keep}</option>` : nothing}
        <option value="" ?selected=${value === null}>${labels.unassigned}</option>
        ${assignees.map((a) => html`<option value=${a.id} dir="auto" ?selected=${value === a.id}>${a.displayName}</option>`)}
        ${extra.map((id) => html`<option value=${id} dir="auto" ?selected=${value === id}>${id}</option>`)}
      </select>
      ${me && value !== me
        ? html`<button type="button" class="link" @click=${() => options.onChange(me)}>${labels.assignToMe}</button>`
        : nothing}
    </div>
    ${options.loadFailure
      ? html`<p class="hint">
          ${options.loadFailure.message}
          <button type="button" class="link" @click=${options.onRetry}>${options.loadFailure.retry}</button>
        </p>`
      : nothing}
    ${options.error}
  </div>`;
}
