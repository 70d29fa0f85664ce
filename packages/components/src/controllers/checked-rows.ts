import type { ReactiveControllerHost } from 'lit';

/** What "select all" shows: checked when every loaded row is, mixed when some are. */
export interface SelectAllState {
  allChecked: boolean;
  someChecked: boolean;
}

/**
 * The checked rows of a list that pages (the queues' grids): kept whole by ID, so a bulk action has
 * them even after their page left the cache, in the order they were checked. Checking, unchecking
 * and "select all" update the host; `clear`, `delete` and `refresh` leave that to the caller.
 */
export class CheckedRows<T extends { id: string }> {
  readonly #host: ReactiveControllerHost;
  readonly #checked = new Map<string, T>();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  get size(): number {
    return this.#checked.size;
  }

  /** The checked items, in the order they were checked. */
  get items(): T[] {
    return [...this.#checked.values()];
  }

  has(id: string): boolean {
    return this.#checked.has(id);
  }

  set(item: T, checked: boolean): void {
    if (checked) this.#checked.set(item.id, item);
    else this.#checked.delete(item.id);
    this.#host.requestUpdate();
  }

  /** "Select all": unchecks the loaded rows when all of them are checked, else checks them all. */
  toggleAll(loaded: readonly T[]): void {
    const allChecked = loaded.length > 0 && loaded.every((item) => this.#checked.has(item.id));
    for (const item of loaded) {
      if (allChecked) this.#checked.delete(item.id);
      else this.#checked.set(item.id, item);
    }
    this.#host.requestUpdate();
  }

  /** Keeps the new values of an item that is checked. */
  refresh(item: T): void {
    if (this.#checked.has(item.id)) this.#checked.set(item.id, item);
  }

  delete(id: string): void {
    this.#checked.delete(id);
  }

  clear(): void {
    this.#checked.clear();
  }

  /** The "select all" box over `loaded()`, asked for only while something is checked. */
  selectAllState(loaded: () => readonly T[]): SelectAllState {
    if (this.#checked.size === 0) return { allChecked: false, someChecked: false };
    const items = loaded();
    let checkedLoaded = 0;
    for (const item of items) if (this.#checked.has(item.id)) checkedLoaded++;
    const allChecked = items.length > 0 && checkedLoaded === items.length;
    return { allChecked, someChecked: checkedLoaded > 0 && !allChecked };
  }

}
