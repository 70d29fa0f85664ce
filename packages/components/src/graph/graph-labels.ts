/** A label short enough to sit under a node; the full text is in the node's accessible name and flyout. */
export function shortLabel(text: string, max = 22): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}

/** Where a node's label sits: under it, over it, or nowhere (it would cover another label). */
export type LabelPlace = 'below' | 'above' | 'hidden';

/** Width in pixels of a label's line: the name at 12px, the detail at 11px semibold (as the styles draw them). */
export type MeasureLabel = (text: string, line: 'name' | 'detail') => number;

/** Baselines of the label's lines from the node's edge, and the box they fill (font ascent and descent included). */
export const LABEL_LINES = { name: 15, detail: 29, top: 3, bottom: 33 } as const;
const PADDING = 3;

/** A width estimate when nothing can measure text: wide enough for the widest Latin and CJK glyphs. */
export const estimateLabelWidth: MeasureLabel = (text, line) => {
  const size = line === 'name' ? 12 : 11;
  let width = 0;
  for (const character of text) width += (character.codePointAt(0)! > 0x2e80 ? 1 : 0.72) * size;
  return width;
};

export interface LabelCandidate {
  x: number;
  y: number;
  radius: number;
  name: string;
  detail?: string;
  /** Higher first: a label that must be read wins the place. */
  priority: number;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const CELL = 64;

/**
 * Places labels so that none covers another: by priority, each goes under its node, else over it,
 * else is hidden (its text stays in the node's accessible name and its flyout). Positions and
 * label sizes are in the drawing's units, which zooming scales alike, so a placement holds at
 * every zoom level. A grid of buckets keeps it near-linear for thousands of nodes.
 */
export function placeLabels(candidates: readonly LabelCandidate[], measure: MeasureLabel): LabelPlace[] {
  const places: LabelPlace[] = candidates.map(() => 'hidden');
  const buckets = new Map<string, Box[]>();
  const cells = (box: Box, visit: (key: string) => boolean | void): boolean => {
    for (let cx = Math.floor(box.left / CELL); cx <= Math.floor(box.right / CELL); cx++) {
      for (let cy = Math.floor(box.top / CELL); cy <= Math.floor(box.bottom / CELL); cy++) {
        if (visit(`${cx},${cy}`) === true) return true;
      }
    }
    return false;
  };
  const free = (box: Box) =>
    !cells(box, (key) =>
      (buckets.get(key) ?? []).some((other) => box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom),
    );
  const take = (box: Box) =>
    void cells(box, (key) => {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(box);
      else buckets.set(key, [box]);
    });
  const order = candidates.map((_, index) => index).sort((a, b) => candidates[b]!.priority - candidates[a]!.priority || a - b);
  for (const index of order) {
    const { x, y, radius, name, detail } = candidates[index]!;
    const half = Math.max(measure(name, 'name'), detail ? measure(detail, 'detail') : 0) / 2 + PADDING;
    const height = (detail ? LABEL_LINES.bottom : LABEL_LINES.name + 4) - LABEL_LINES.top;
    const below = { left: x - half, right: x + half, top: y + radius + LABEL_LINES.top, bottom: y + radius + LABEL_LINES.top + height };
    const above = { left: x - half, right: x + half, top: y - radius - LABEL_LINES.top - height, bottom: y - radius - LABEL_LINES.top };
    for (const [place, box] of [['below', below], ['above', above]] as const) {
      if (free(box)) {
        take(box);
        places[index] = place;
        break;
      }
    }
  }
  return places;
}
