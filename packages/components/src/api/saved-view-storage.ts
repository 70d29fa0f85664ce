import { ApiError } from './api-error.js';
import type { CallOptions, IncidentApi } from './incident-api.js';
import { INCIDENT_QUERY_FIELDS } from './incident-query-fields.js';
import {
  INCIDENT_SORT_FIELDS,
  RELATIVE_TIME_RANGES,
  type SavedView,
  type SavedViewDraft,
  type SavedViewQuery,
  SORT_DIRECTIONS,
} from './model.js';

/**
 * Where the queue keeps a person's saved views. With a backend that has the `savedViews`
 * capability the queue uses the backend (`IncidentApi.listSavedViews` and the rest); otherwise it
 * uses the `SavedViewStorage` the host gives it, by default one over the browser's `localStorage`.
 * A host replaces it to keep views in its own settings service.
 *
 * Every method rejects with an `ApiError` only: `validation` for a bad draft (empty or long name,
 * a name already taken), `notFound` for an unknown ID.
 */
export interface SavedViewStorage {
  listSavedViews(options?: CallOptions): Promise<SavedView[]>;
  saveSavedView(view: SavedViewDraft, options?: CallOptions): Promise<SavedView>;
  deleteSavedView(id: string, options?: CallOptions): Promise<void>;
}

/** The limits of saved views, the same in every storage. Lengths count a string as sent, spaces around it included. */
export const SAVED_VIEW_LIMITS = {
  nameLength: 100,
  columns: 50,
  columnLength: 50,
  viewsPerUser: 100,
  /** The search and each filter value. */
  queryTextLength: 1_000,
  /** Values of one filter. */
  queryValues: 1_000,
} as const;

/** The fields of a draft; the server-set ones a client may echo back from a read are ignored. */
const DRAFT_FIELDS = ['id', 'name', 'query', 'columns', 'isDefault'];
const READ_ONLY_FIELDS = ['createdDateTime', 'lastUpdateDateTime'];
/** A saved view keeps filters, search and sort, never a page. */
const PAGE_FIELDS = ['top', 'skip', 'cursor'];

/** A draft that passed `checkSavedViewDraft`: the name trimmed, nothing else changed. */
export type CheckedSavedViewDraft = Pick<SavedView, 'name' | 'query' | 'columns' | 'isDefault'> & { id?: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function invalid(field: string, message: string): never {
  throw new ApiError('validation', message, { field });
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function text(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string') return invalid(field, `"${field}" must be a string, not ${kindOf(value)}.`);
  if (value.length > max) {
    const padded = value.trim().length <= max ? ', counting the spaces around it' : '';
    // Numbers in the host's language: this check runs in the page for the browser's own storage.
    invalid(field, `"${field}" is ${value.length.toLocaleString()} characters long${padded}; the limit is ${max.toLocaleString()}.`);
  }
  return value;
}

function oneOf(value: unknown, allowed: readonly string[], field: string): void {
  if (typeof value !== 'string' || !allowed.includes(value)) invalid(field, `"${field}" must be one of: ${allowed.join(', ')}.`);
}

/**
 * The query of a draft: filters, search and sort as `IncidentQuery` describes them, no page
 * (`top`, `skip`, `cursor`) and nothing else. A backend may check it further, as it checks a listing.
 */
function checkViewQuery(value: unknown): SavedViewQuery {
  if (!isRecord(value)) return invalid('query', `"query" must be an object of filters, search and sort, not ${kindOf(value)}.`);
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    const field = `query.${key}`;
    if (PAGE_FIELDS.includes(key)) invalid(field, `A saved view keeps no page; leave out "${field}".`);
    if (key === 'sort') {
      if (!isRecord(item)) invalid(field, `"${field}" must be an object with "field" and "direction", not ${kindOf(item)}.`);
      for (const part of Object.keys(item)) if (part !== 'field' && part !== 'direction') invalid(`${field}.${part}`, `"${field}.${part}" is not a field of a sort.`);
      oneOf(item.field, INCIDENT_SORT_FIELDS, `${field}.field`);
      if (item.direction !== undefined) oneOf(item.direction, SORT_DIRECTIONS, `${field}.direction`);
      continue;
    }
    if (key === 'createdWithin') {
      oneOf(item, RELATIVE_TIME_RANGES, field);
      if (value.createdAfter !== undefined || value.createdBefore !== undefined) {
        invalid(field, `A view keeps either a relative span ("${field}") or dates ("query.createdAfter", "query.createdBefore"), not both.`);
      }
      continue;
    }
    const described = INCIDENT_QUERY_FIELDS.find((candidate) => candidate.name === key);
    if (!described) {
      const allowed = [...INCIDENT_QUERY_FIELDS.map((candidate) => candidate.name), 'createdWithin', 'sort'];
      invalid(field, `"${field}" is not a filter of the queue; allowed: ${allowed.join(', ')}.`);
    }
    if (described.kind === 'list') {
      if (!Array.isArray(item)) invalid(field, `"${field}" must be a list, not ${kindOf(item)}.`);
      if (item.length > SAVED_VIEW_LIMITS.queryValues) invalid(field, `"${field}" has ${item.length} values; the limit is ${SAVED_VIEW_LIMITS.queryValues}.`);
      item.forEach((one: unknown, i) => {
        text(one, `${field}[${i}]`, SAVED_VIEW_LIMITS.queryTextLength);
        if (described.values) oneOf(one, described.values, `${field}[${i}]`);
      });
    } else if (described.kind === 'time') {
      if (typeof item !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(item) || Number.isNaN(Date.parse(item))) {
        invalid(field, `"${field}" must be an ISO 8601 date and time, such as 2024-05-01T08:30:00Z.`);
      }
    } else {
      text(item, field, SAVED_VIEW_LIMITS.queryTextLength);
    }
  }
  return value as SavedViewQuery;
}

function checkColumns(value: unknown): string[] | null {
  if (value === null) return null;
  const { columns: max, columnLength } = SAVED_VIEW_LIMITS;
  if (!Array.isArray(value)) return invalid('columns', `"columns" must be a list of column names or null, not ${kindOf(value)}.`);
  if (value.length === 0) invalid('columns', '"columns" must name at least one column; send null for the queue\'s default columns.');
  if (value.length > max) invalid('columns', `"columns" names ${value.length} columns; the limit is ${max}.`);
  value.forEach((column: unknown, i) => {
    const field = `columns[${i}]`;
    if (text(column, field, columnLength).trim() === '') invalid(field, `"${field}" must not be empty.`);
    if (value.indexOf(column) !== i) invalid(field, `"${field}" names the column "${String(column)}" a second time.`);
  });
  return value as string[];
}

/**
 * Checks a draft from anywhere (a form, a request body, a host) against the rules every
 * `SavedViewStorage` applies: a name of 1–100 characters (stored trimmed), a query without a page,
 * `columns` null or 1–50 distinct names of at most 50 characters, `isDefault` true or false, and
 * no unknown field. Throws `ApiError` kind `validation` naming the field.
 */
export function checkSavedViewDraft(draft: unknown): CheckedSavedViewDraft {
  if (!isRecord(draft)) return invalid('body', `A saved view must be an object, not ${kindOf(draft)}.`);
  for (const key of Object.keys(draft)) {
    if (draft[key] !== undefined && !DRAFT_FIELDS.includes(key) && !READ_ONLY_FIELDS.includes(key)) {
      invalid(key, `"${key}" is not a field of a saved view; allowed: ${DRAFT_FIELDS.join(', ')}.`);
    }
  }
  const { id } = draft;
  if (id !== undefined && (typeof id !== 'string' || id === '')) invalid('id', '"id" must be the ID of a saved view, or left out to create one.');
  const required = (key: string) => (draft[key] === undefined ? invalid(key, `"${key}" is required.`) : draft[key]);
  const name = text(required('name'), 'name', SAVED_VIEW_LIMITS.nameLength).trim();
  if (name === '') invalid('name', 'The name of a saved view must not be empty.');
  const query = checkViewQuery(required('query'));
  const columns = checkColumns(required('columns'));
  const isDefault = required('isDefault');
  if (typeof isDefault !== 'boolean') invalid('isDefault', `"isDefault" must be true or false, not ${kindOf(isDefault)}.`);
  return { ...(id === undefined ? {} : { id: id as string }), name, query, columns, isDefault };
}

const foldCase = (name: string) => name.toLowerCase();

/** One order for every person, whatever their locale: English collation, case aside. */
const byName = new Intl.Collator('en', { sensitivity: 'accent' });

/** By name, without regard to case and the same in every locale; equal names by ID. */
export function sortSavedViews(views: readonly SavedView[]): SavedView[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...views].sort((a, b) => byName.compare(a.name, b.name) || compare(a.name, b.name) || compare(a.id, b.id));
}

/**
 * One person's views after saving `draft` (checked) at `time` (ISO 8601): a new view with
 * `newId()` when it has no `id`, else the view with that ID replaced. Refuses a name another of
 * the views has (without regard to case), a 101st view (`validation`), an unknown ID (`notFound`).
 * A view made the default clears the others' flag. `views` itself is left as it was.
 */
export function withSavedView(
  views: readonly SavedView[],
  draft: CheckedSavedViewDraft,
  time: string,
  newId: () => string,
): { views: SavedView[]; saved: SavedView } {
  const existing = draft.id === undefined ? undefined : views.find((view) => view.id === draft.id);
  if (draft.id !== undefined && !existing) throw new ApiError('notFound', `There is no saved view with the ID "${draft.id}".`);
  const taken = views.find((view) => view !== existing && foldCase(view.name) === foldCase(draft.name));
  if (taken) invalid('name', `A saved view named "${taken.name}" exists already; choose another name.`);
  if (!existing && views.length >= SAVED_VIEW_LIMITS.viewsPerUser) {
    invalid('name', `You have ${SAVED_VIEW_LIMITS.viewsPerUser} saved views, the most one person can keep; delete one to save another.`);
  }
  const saved: SavedView = {
    id: existing?.id ?? newId(),
    name: draft.name,
    query: structuredClone(draft.query),
    columns: draft.columns && [...draft.columns],
    isDefault: draft.isDefault,
    createdDateTime: existing?.createdDateTime ?? time,
    lastUpdateDateTime: time,
  };
  const others = views
    .filter((view) => view !== existing)
    .map((view) => (saved.isDefault && view.isDefault ? { ...view, isDefault: false, lastUpdateDateTime: time } : view));
  return { views: [...others, saved], saved };
}

/** One person's views without the one with `id`; `notFound` when none has it. */
export function withoutSavedView(views: readonly SavedView[], id: string): SavedView[] {
  const kept = views.filter((view) => view.id !== id);
  if (kept.length === views.length) throw new ApiError('notFound', `There is no saved view with the ID "${String(id)}".`);
  return kept;
}

// ---------------------------------------------------------------------------
// The browser's localStorage
// ---------------------------------------------------------------------------

export interface LocalSavedViewStorageOptions {
  /** The key the views are kept under. Default `soc-kit.saved-views`; give each signed-in person their own. */
  key?: string;
  /** Where to keep them. Default: the browser's `localStorage`. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  /** The current time in epoch milliseconds. Default `Date.now`. */
  clock?: () => number;
}

export const DEFAULT_SAVED_VIEW_STORAGE_KEY = 'soc-kit.saved-views';

interface StoredViews {
  version: 1;
  views: SavedView[];
}

const isStoredView = (value: unknown): value is SavedView =>
  isRecord(value) &&
  typeof value.id === 'string' &&
  typeof value.name === 'string' &&
  isRecord(value.query) &&
  (value.columns === null || (Array.isArray(value.columns) && value.columns.every((column) => typeof column === 'string'))) &&
  typeof value.isDefault === 'boolean' &&
  typeof value.createdDateTime === 'string' &&
  typeof value.lastUpdateDateTime === 'string';

function newViewId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Pages served over plain HTTP have no `randomUUID`; random bytes as a version 4 UUID instead.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function throwIfAborted(options: CallOptions | undefined): void {
  if (options?.signal?.aborted) throw new ApiError('aborted', 'The request was cancelled.', { cause: options.signal.reason });
}

/**
 * A `SavedViewStorage` in the browser's `localStorage`, for backends without the `savedViews`
 * capability. It applies the rules the kit's REST API applies and rejects with the same errors.
 * What is under the key and is not views it kept (another app's data, a damaged value) reads as
 * no views and is replaced on the next save; a full or blocked storage rejects the save.
 */
export function localSavedViewStorage(options: LocalSavedViewStorageOptions = {}): SavedViewStorage {
  const key = options.key ?? DEFAULT_SAVED_VIEW_STORAGE_KEY;
  const clock = options.clock ?? Date.now;
  // Looked up on use: reading `localStorage` throws where the browser blocks it.
  const storage = () => options.storage ?? globalThis.localStorage;

  const read = (): SavedView[] => {
    try {
      const stored: unknown = JSON.parse(storage().getItem(key) ?? 'null');
      return isRecord(stored) && stored.version === 1 && Array.isArray(stored.views) ? stored.views.filter(isStoredView) : [];
    } catch {
      return [];
    }
  };

  const write = (views: SavedView[]): void => {
    const stored: StoredViews = { version: 1, views };
    try {
      storage().setItem(key, JSON.stringify(stored));
    } catch (cause) {
      const full = cause instanceof DOMException && ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'].includes(cause.name);
      throw full
        ? new ApiError('server', "The browser's storage for this site is full, so the view was not saved. Delete saved views you no longer need and try again.", { cause })
        : new ApiError('forbidden', 'This browser does not let the site store data, so the view was not saved.', { cause });
    }
  };

  return {
    async listSavedViews(callOptions) {
      throwIfAborted(callOptions);
      return sortSavedViews(read());
    },
    async saveSavedView(view, callOptions) {
      throwIfAborted(callOptions);
      const { views, saved } = withSavedView(read(), checkSavedViewDraft(view), new Date(clock()).toISOString(), newViewId);
      write(views);
      return structuredClone(saved);
    },
    async deleteSavedView(id, callOptions) {
      throwIfAborted(callOptions);
      write(withoutSavedView(read(), id));
    },
  };
}

/**
 * Where the queue keeps saved views with `api`: the backend itself when it has the `savedViews`
 * capability, else `fallback`, else the browser's `localStorage`.
 */
export function savedViewStorageFor(api: IncidentApi, fallback?: SavedViewStorage): SavedViewStorage {
  return api.capabilities.has('savedViews') ? api : (fallback ?? localSavedViewStorage());
}
