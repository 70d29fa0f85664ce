import { QUEUE_COLUMN_IDS, QUEUE_COLUMNS, type QueueColumn, type QueueColumnId } from './queue-columns.js';

/** The column that names the row: always shown, it carries the link to the incident. */
export const KEY_COLUMN: QueueColumnId = 'name';

export interface ColumnLayout {
  /** Every column, in display order. */
  order: QueueColumnId[];
  hidden: QueueColumnId[];
}

export function defaultColumnLayout(): ColumnLayout {
  return { order: [...QUEUE_COLUMN_IDS], hidden: [] };
}

function isColumnId(value: unknown): value is QueueColumnId {
  return typeof value === 'string' && (QUEUE_COLUMN_IDS as readonly string[]).includes(value);
}

/**
 * A usable layout from whatever was stored: unknown ids dropped, duplicates removed, columns added
 * since it was saved appended in their default place at the end, the key column never hidden.
 */
export function normalizeColumnLayout(value: unknown): ColumnLayout {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof ColumnLayout, unknown>>;
  const order = [...new Set((Array.isArray(stored.order) ? stored.order : []).filter(isColumnId))];
  for (const id of QUEUE_COLUMN_IDS) if (!order.includes(id)) order.push(id);
  const hidden = [...new Set((Array.isArray(stored.hidden) ? stored.hidden : []).filter(isColumnId))].filter(
    (id) => id !== KEY_COLUMN,
  );
  return { order, hidden };
}

export function visibleColumns(layout: ColumnLayout): QueueColumn[] {
  return layout.order.filter((id) => !layout.hidden.includes(id)).map((id) => QUEUE_COLUMNS[id]);
}

/** The columns a compact row has room for, besides the name; the summary pane shows the rest. */
export const COMPACT_COLUMN_IDS: readonly QueueColumnId[] = ['severity', 'status', 'lastUpdate'];

/**
 * The columns of the compact layout: the name first (it heads the row), then those of
 * `COMPACT_COLUMN_IDS` the layout does not hide, in that order (the compact line has a place for
 * each). Cells of other columns are not rendered at all, so they are no stops for the keyboard either.
 */
export function compactColumns(layout: ColumnLayout): QueueColumn[] {
  const shown = COMPACT_COLUMN_IDS.filter((id) => !layout.hidden.includes(id)).map((id) => QUEUE_COLUMNS[id]);
  return [QUEUE_COLUMNS[KEY_COLUMN], ...shown];
}

export function loadColumnLayout(storageKey: string): ColumnLayout | undefined {
  if (!storageKey) return undefined;
  try {
    const stored = localStorage.getItem(storageKey);
    return stored === null ? undefined : normalizeColumnLayout(JSON.parse(stored));
  } catch {
    // Storage may be blocked (privacy settings) or hold something unreadable: fall back to the default.
    return undefined;
  }
}

export function saveColumnLayout(storageKey: string, layout: ColumnLayout): void {
  if (!storageKey) return;
  try {
    localStorage.setItem(storageKey, JSON.stringify(layout));
  } catch {
    // Full or blocked storage only costs the person their layout on the next visit.
  }
}
