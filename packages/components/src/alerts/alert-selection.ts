import type { ReactiveControllerHost } from 'lit';

/**
 * The selection of a multi-select list (WAI-ARIA APG listbox): one item alone, one more or one
 * less, a range from the anchor (Shift with a click, or a run of Shift+arrows), or all. Items are
 * named by ID and placed by index in the list as rendered; each change makes a new set, so that a
 * `guard` on it sees the change, and asks the host to update.
 */
export class AlertSelectionController {
  readonly #host: ReactiveControllerHost;
  #ids: ReadonlySet<string> = new Set();
  /** Where a range starts: the last item chosen or toggled, or where a run of Shift+arrows began. */
  #anchor = 0;
  /** Whether the last step extended the selection with Shift and an arrow. */
  #extending = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** The IDs of the selected items. */
  get ids(): ReadonlySet<string> {
    return this.#ids;
  }

  has(id: string): boolean {
    return this.#ids.has(id);
  }

  /** Selects the item at `index` alone. */
  only(id: string, index: number): void {
    this.#anchor = index;
    this.#set([id]);
  }

  /** Adds the item at `index`, or takes it out; returns whether it is selected now. */
  toggle(id: string, index: number): boolean {
    this.#anchor = index;
    const next = new Set(this.#ids);
    const added = !next.delete(id);
    if (added) next.add(id);
    this.#set(next);
    return added;
  }

  /** Adds the items from the anchor to `index` (of `ids`, the list's IDs in order). */
  addRange(ids: readonly string[], index: number): void {
    this.#set([...this.#ids, ...this.#range(ids, index)]);
  }

  /** A Shift+arrow from `from` to `to`: selects from where the run of them began to `to`, and nothing else. */
  extend(ids: readonly string[], from: number, to: number): void {
    if (!this.#extending) this.#anchor = from;
    this.#extending = true;
    this.#set(this.#range(ids, to));
  }

  /** Any other step ends a run of Shift+arrows. */
  endExtending(): void {
    this.#extending = false;
  }

  /** Selects every item. */
  all(ids: readonly string[]): void {
    this.#set(ids);
  }

  /** Keeps only the selected items still among `ids` (after a reload); with no `ids`, clears it all. */
  keep(ids: readonly string[] = []): void {
    const present = new Set(ids);
    const kept = [...this.#ids].filter((id) => present.has(id));
    if (kept.length !== this.#ids.size) this.#set(kept);
    if (ids.length === 0) this.#anchor = 0;
  }

  #range(ids: readonly string[], index: number): string[] {
    const [start, end] = [Math.min(this.#anchor, index), Math.max(this.#anchor, index)];
    return ids.slice(start, end + 1);
  }

  #set(ids: Iterable<string>): void {
    this.#ids = new Set(ids);
    this.#host.requestUpdate();
  }
}
