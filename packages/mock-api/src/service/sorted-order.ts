/** A value incidents are ordered by: a number or a lower-cased string. */
export type SortKey = number | string;

function compareKeys(a: SortKey, b: SortKey): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Positions of all incidents, ascending by (key, position): the position breaks ties, so the
 * order is total and every incident has exactly one place. Kept up to date on writes with a
 * binary-search removal and insertion instead of re-sorting.
 */
export class SortedOrder {
  /** The key of each position as last indexed (binary search needs the old key of a changed incident). */
  private readonly keys: SortKey[];
  readonly positions: number[];

  constructor(keys: SortKey[]) {
    this.keys = keys;
    this.positions = Array.from({ length: keys.length }, (_, i) => i);
    this.positions.sort((a, b) => compareKeys(keys[a]!, keys[b]!) || a - b);
  }

  keyAt(position: number): SortKey {
    return this.keys[position]!;
  }

  /** Index of the first entry not before (key, position). */
  lowerBound(key: SortKey, position: number): number {
    let low = 0;
    let high = this.positions.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const at = this.positions[mid]!;
      const order = compareKeys(this.keys[at]!, key) || at - position;
      if (order < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Index of the first entry whose key is not below `key`, ignoring positions. */
  firstWithKeyAtLeast(key: SortKey): number {
    return this.lowerBound(key, -Infinity);
  }

  insert(position: number, key: SortKey): void {
    this.keys[position] = key;
    this.positions.splice(this.lowerBound(key, position), 0, position);
  }

  /** Moves `position` to where `key` belongs; nothing to do when its key did not change. */
  update(position: number, key: SortKey): void {
    const old = this.keys[position]!;
    if (old === key) return;
    const index = this.lowerBound(old, position);
    this.positions.splice(index, 1);
    this.insert(position, key);
  }
}
