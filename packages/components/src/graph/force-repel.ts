/** Cells are a `SPAN`th of the reach wide: finer cells check fewer pairs that lie out of reach. */
const SPAN = 2;

/** The nodes in cell order, as `Repulsion` sorts them each tick: slot `p` holds node `order[p]`. */
interface Slots {
  xs: Float64Array;
  ys: Float64Array;
  rs: Float64Array;
  /** The velocity change gathered this tick. */
  dvx: Float64Array;
  dvy: Float64Array;
  order: Int32Array;
  /** Where each cell's slots start (and, at the next cell's index, end). */
  cellStart: Int32Array;
}

/**
 * Applies the repulsion of every pair of slots within reach to both of them, each pair once: a
 * node with those after it in its cell and in the cells to its right (one run of slots), then
 * with each row of the block of cells below it (one run each). Neighbours sit side by side in
 * memory, and the loop reads nothing through node objects.
 */
function repelPairs(slots: Slots, columns: number, rows: number, reach: number, scale: number): void {
  const { xs, ys, rs, dvx, dvy, order, cellStart } = slots;
  const reach2 = reach * reach;
  const inverseReach = 1 / reach;
  for (let row = 0; row < rows; row++) {
    const lastRow = Math.min(rows - 1, row + SPAN);
    for (let column = 0; column < columns; column++) {
      const c = column + row * columns;
      const start = cellStart[c]!;
      const end = cellStart[c + 1]!;
      if (start === end) continue;
      const rightEnd = cellStart[row * columns + Math.min(columns - 1, column + SPAN) + 1]!;
      const first = Math.max(0, column - SPAN);
      const last = Math.min(columns - 1, column + SPAN) + 1;
      for (let p = start; p < end; p++) {
        const ax = xs[p]!;
        const ay = ys[p]!;
        const ar = rs[p]!;
        let pushX = 0;
        let pushY = 0;
        for (let below = row; below <= lastRow; below++) {
          const from = below === row ? p + 1 : cellStart[below * columns + first]!;
          const to = below === row ? rightEnd : cellStart[below * columns + last]!;
          for (let q = from; q < to; q++) {
            let x = ax - xs[q]!;
            let y = ay - ys[q]!;
            let d2 = x * x + y * y;
            if (d2 >= reach2) continue;
            if (d2 === 0) {
              // Coincident nodes part in a direction fixed by their indices (the lower one going
              // the positive way), so that layouts repeat.
              const i = order[p]!;
              const j = order[q]!;
              const sign = i < j ? 1e-3 : -1e-3;
              x = Math.cos(i + j) * sign;
              y = Math.sin(i + j) * sign;
              d2 = x * x + y * y;
            }
            const inverse = 1 / Math.sqrt(d2);
            // Repulsion, fading to nothing at the edge of reach so that the force has no step.
            let push = scale * (inverse - inverseReach) * inverse;
            const clearance = ar + rs[q]!;
            if (d2 < clearance * clearance) push += (clearance * inverse - 1) * 0.5;
            x *= push;
            y *= push;
            pushX += x;
            pushY += y;
            dvx[q]! -= x;
            dvy[q]! -= y;
          }
        }
        dvx[p]! += pushX;
        dvy[p]! += pushY;
      }
    }
  }
}

/**
 * A short-range repulsion for the incident graph's force layout that does the work of d3-force's
 * `forceManyBody` and `forceCollide` together, at a fraction of their cost: nodes within `reach` of
 * each other push apart (inversely to their distance), and nodes closer than the sum of their radii
 * are separated as by collision. Neighbours are found through a uniform grid rebuilt each tick in
 * typed arrays, so a tick allocates nothing and costs O(nodes × neighbours).
 *
 * Without long-range charge, distant parts of the graph do not push each other away; the layout
 * gets its overall shape from its initial positions and the links, and this force keeps every
 * node and label clear of its neighbours.
 */
export class Repulsion {
  readonly #radii: Float64Array;
  readonly #reach: number;
  readonly #strength: number;
  /** Per node, by index: its cell this tick. */
  readonly #cellOf: Int32Array;
  /**
   * Per node, in cell order (slot `p` holds node `order[p]`): position, radius and the velocity
   * change gathered this tick.
   */
  readonly #slots: Slots;
  #fill = new Int32Array(0);

  /**
   * @param radii Each node's collision radius.
   * @param reach Distance within which nodes repel each other.
   * @param strength Repulsion strength (positive pushes apart), scaled like `forceManyBody`'s.
   */
  constructor(radii: Float64Array, reach: number, strength: number) {
    const count = radii.length;
    this.#radii = radii;
    this.#reach = reach;
    this.#strength = strength;
    this.#cellOf = new Int32Array(count);
    this.#slots = {
      xs: new Float64Array(count),
      ys: new Float64Array(count),
      rs: new Float64Array(count),
      dvx: new Float64Array(count),
      dvy: new Float64Array(count),
      order: new Int32Array(count),
      cellStart: new Int32Array(0),
    };
  }

  /** Adds this tick's pushes, at temperature `alpha`, to the velocities of the nodes at `x`, `y`. */
  apply(x: Float64Array, y: Float64Array, vx: Float64Array, vy: Float64Array, alpha: number): void {
    const count = x.length;
    if (count < 2) return;
    const reach = this.#reach;
    const cellOf = this.#cellOf;
    const slots = this.#slots;
    const { xs, ys, rs, dvx, dvy, order } = slots;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < count; i++) {
      const nodeX = x[i]!;
      const nodeY = y[i]!;
      if (nodeX < minX) minX = nodeX;
      if (nodeX > maxX) maxX = nodeX;
      if (nodeY < minY) minY = nodeY;
      if (nodeY > maxY) maxY = nodeY;
    }
    // Cells at least `reach / SPAN` wide, so that the block of cells within SPAN of a node's holds
    // every node within reach; wider when the graph is spread thin, so that the grid stays about as
    // large as the graph.
    let cell = reach / SPAN;
    const area = (maxX - minX + 1) * (maxY - minY + 1);
    if (area / (cell * cell) > 4 * SPAN * SPAN * count) cell = Math.sqrt(area / (4 * SPAN * SPAN * count));
    const columns = Math.floor((maxX - minX) / cell) + 1;
    const rows = Math.floor((maxY - minY) / cell) + 1;
    const cells = columns * rows;
    if (slots.cellStart.length < cells + 1) {
      slots.cellStart = new Int32Array(cells + 1);
      this.#fill = new Int32Array(cells + 1);
    } else {
      slots.cellStart.fill(0, 0, cells + 1);
    }
    const { cellStart } = slots;
    const fill = this.#fill;

    // Counting sort of the nodes by cell, copying what the pairs need into cell order.
    for (let i = 0; i < count; i++) {
      const c = Math.floor((x[i]! - minX) / cell) + Math.floor((y[i]! - minY) / cell) * columns;
      cellOf[i] = c;
      cellStart[c + 1]!++;
    }
    for (let c = 0; c < cells; c++) cellStart[c + 1]! += cellStart[c]!;
    fill.set(cellStart.subarray(0, cells));
    for (let i = 0; i < count; i++) {
      const p = fill[cellOf[i]!]!++;
      order[p] = i;
      xs[p] = x[i]!;
      ys[p] = y[i]!;
      rs[p] = this.#radii[i]!;
    }
    dvx.fill(0);
    dvy.fill(0);

    repelPairs(slots, columns, rows, reach, this.#strength * alpha);
    for (let p = 0; p < count; p++) {
      const i = order[p]!;
      vx[i]! += dvx[p]!;
      vy[i]! += dvy[p]!;
    }
  }
}
