import {
  ApiError,
  checkSavedViewDraft,
  type CheckedSavedViewDraft,
  type IncidentQuery,
  type Principal,
  type SavedView,
  sortSavedViews,
  withoutSavedView,
  withSavedView,
} from '@soc-kit/components/api';
import { checkQuery } from './incident-query.js';
import { strongestRole } from './people.js';
import { ServiceError } from './service-error.js';

/** A refusal of the rules the kit shares with the browser's storage, as the service's own error. */
function asServiceError<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    throw new ServiceError(error.kind === 'notFound' ? 'notFound' : 'validation', error.message, error.field === undefined ? {} : { field: error.field });
  }
}

/**
 * The queue views people saved, kept per person: one never sees or changes another's, and an ID
 * of someone else's view is as unknown as one never issued. The draft rules are the kit's own
 * (`checkSavedViewDraft`), so the browser's storage applies the same; the query is then checked
 * as a listing's query is, so a saved view always opens.
 */
export class SavedViews {
  private readonly byPerson = new Map<string, SavedView[]>();
  private issued = 0;

  list(actor: Principal): SavedView[] {
    return sortSavedViews(this.viewsOf(actor)).map((view) => structuredClone(view));
  }

  /** Creates (no `id`) or replaces a view of `actor` at `time` (ISO 8601). */
  save(actor: Principal, draft: unknown, time: string): SavedView {
    const views = this.viewsOf(actor);
    const checked = asServiceError(() => checkSavedViewDraft(draft));
    checkListingQuery(checked);
    const { views: next, saved } = asServiceError(() => withSavedView(views, checked, time, () => `view-${this.issued + 1}`));
    if (!checked.id) this.issued++;
    this.byPerson.set(actor.id, next);
    return structuredClone(saved);
  }

  delete(actor: Principal, id: string): void {
    this.byPerson.set(actor.id, asServiceError(() => withoutSavedView(this.viewsOf(actor), id)));
  }

  private viewsOf(actor: Principal): SavedView[] {
    if (!actor || typeof actor.id !== 'string' || !strongestRole(actor)) {
      throw new ServiceError('forbidden', 'You have no role in this tenant; ask an admin for the reader, responder or admin role.');
    }
    return this.byPerson.get(actor.id) ?? [];
  }
}

/** The view's query as a listing would check it (its relative span aside), its fields named within `query`. */
function checkListingQuery(draft: CheckedSavedViewDraft): void {
  const { createdWithin: _span, ...listing } = draft.query;
  try {
    checkQuery(listing as IncidentQuery);
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    const field = error.details.field;
    throw new ServiceError(error.code, error.message, { field: field === undefined || field.startsWith('query') ? (field ?? 'query') : `query.${field}` });
  }
}
