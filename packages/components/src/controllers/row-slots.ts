/**
 * Stable slots for the rows a virtual list renders, to key its `repeat` by. A row that stays in the
 * rendered range keeps its slot, so its element stays and only what changed in it (its position)
 * is written: removing a row moves the rows below it rather than drawing them again. A row that
 * comes into the range takes the slot of one that left it, so scrolling fills the elements already
 * there with new values instead of building new rows and dropping old ones.
 *
 * Keys name the rows (an item's ID, say) and must be unique within one call.
 */
export class RowSlots<K> {
  #slotOf = new Map<K, number>();
  /** Slots no row has held since the last call: their elements are gone, so they are only names to reuse. */
  #spare: number[] = [];
  #made = 0;

  /** The slot of each row in `keys`, in their order. */
  assign(keys: readonly K[]): number[] {
    const slots = new Array<number>(keys.length);
    const next = new Map<K, number>();
    const arriving: number[] = [];
    keys.forEach((key, position) => {
      const slot = this.#slotOf.get(key);
      if (slot === undefined) arriving.push(position);
      else {
        slots[position] = slot;
        next.set(key, slot);
        this.#slotOf.delete(key);
      }
    });
    // What is left held rows that went away, whose elements are still there: rows that arrive take
    // them first, in the order they were held, so rows replaced all at once keep their places.
    const released = [...this.#slotOf.values()];
    for (const position of arriving) {
      const slot = released.shift() ?? this.#spare.shift() ?? this.#made++;
      slots[position] = slot;
      next.set(keys[position]!, slot);
    }
    this.#spare.push(...released);
    this.#slotOf = next;
    return slots;
  }
}
