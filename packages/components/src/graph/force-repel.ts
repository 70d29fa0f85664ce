import type { Force, SimulationNodeDatum } from 'd3-force';

/**
 * A short-range repulsion for d3-force that does the work of `forceManyBody` and `forceCollide`
 * together for the incident graph, at a fraction of their cost: nodes within `reach` of each
 * other push apart (inversely to their distance), and nodes closer than the sum of their radii
 * are separated as by collision. Neighbours are found through a uniform grid rebuilt each tick
 * in typed arrays, so a tick allocates nothing and costs O(nodes × neighbours).
 *
 * Without long-range charge, distant parts of the graph do not push each other away; the layout
 * gets its overall shape from its initial positions and the links, and this force keeps every
 * node and label clear of its neighbours.
 */
export interface RepelForce<N extends SimulationNodeDatum> extends Force<N, undefined> {
  /** Distance within which nodes repel each other. */
  reach(distance: number): this;
  /** Repulsion strength (positive pushes apart), scaled like `forceManyBody`'s. */
  strength(value: number): this;
  /** Each node's collision radius. */
  radius(radius: (node: N) => number): this;
}

export function forceRepel<N extends SimulationNodeDatum>(): RepelForce<N> {
  let nodes: N[] = [];
  let radii = new Float64Array(0);
  let reach = 150;
  let strength = 200;
  let radiusOf: (node: N) => number = () => 10;
  let cellOf = new Int32Array(0);
  let order = new Int32Array(0);
  let cellStart = new Int32Array(0);
  let fill = new Int32Array(0);

  const force = ((alpha: number) => {
    const count = nodes.length;
    if (count < 2) return;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const node of nodes) {
      if (node.x! < minX) minX = node.x!;
      if (node.x! > maxX) maxX = node.x!;
      if (node.y! < minY) minY = node.y!;
      if (node.y! > maxY) maxY = node.y!;
    }
    // Cells at least `reach` wide, so that the 3×3 block around a node holds every node within
    // reach; wider when the graph is spread thin, so that the grid stays about as large as the graph.
    let cell = reach;
    const area = (maxX - minX + 1) * (maxY - minY + 1);
    if (area / (cell * cell) > 4 * count) cell = Math.sqrt(area / (4 * count));
    const columns = Math.floor((maxX - minX) / cell) + 1;
    const rows = Math.floor((maxY - minY) / cell) + 1;
    const cells = columns * rows;
    if (cellStart.length < cells + 1) {
      cellStart = new Int32Array(cells + 1);
      fill = new Int32Array(cells + 1);
    } else {
      cellStart.fill(0, 0, cells + 1);
    }

    // Counting sort of the nodes by cell.
    for (let i = 0; i < count; i++) {
      const node = nodes[i]!;
      const c = Math.floor((node.x! - minX) / cell) + Math.floor((node.y! - minY) / cell) * columns;
      cellOf[i] = c;
      cellStart[c + 1]!++;
    }
    for (let c = 0; c < cells; c++) cellStart[c + 1]! += cellStart[c]!;
    fill.set(cellStart.subarray(0, cells));
    for (let i = 0; i < count; i++) order[fill[cellOf[i]!]!++] = i;

    const reach2 = reach * reach;
    for (let i = 0; i < count; i++) {
      const a = nodes[i]!;
      const c = cellOf[i]!;
      const column = c % columns;
      const row = (c - column) / columns;
      for (let dy = -1; dy <= 1; dy++) {
        const r = row + dy;
        if (r < 0 || r >= rows) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const k = column + dx;
          if (k < 0 || k >= columns) continue;
          const neighbourCell = k + r * columns;
          for (let p = cellStart[neighbourCell]!; p < cellStart[neighbourCell + 1]!; p++) {
            const j = order[p]!;
            // Each pair once: the lower index applies it to both.
            if (j <= i) continue;
            const b = nodes[j]!;
            let x = a.x! - b.x!;
            let y = a.y! - b.y!;
            let d2 = x * x + y * y;
            if (d2 >= reach2) continue;
            if (d2 === 0) {
              // Coincident nodes part in a direction fixed by their indices, so layouts repeat.
              x = Math.cos(i + j) * 1e-3;
              y = Math.sin(i + j) * 1e-3;
              d2 = x * x + y * y;
            }
            const distance = Math.sqrt(d2);
            // Repulsion, fading to nothing at the edge of reach so that the force has no step.
            let push = (strength * alpha * (1 / distance - 1 / reach)) / distance;
            const clearance = radii[i]! + radii[j]!;
            if (distance < clearance) push += ((clearance - distance) / distance) * 0.5;
            a.vx! += x * push;
            a.vy! += y * push;
            b.vx! -= x * push;
            b.vy! -= y * push;
          }
        }
      }
    }
  }) as RepelForce<N>;

  force.initialize = (initialNodes: N[]) => {
    nodes = initialNodes;
    radii = new Float64Array(nodes.map((node) => radiusOf(node)));
    cellOf = new Int32Array(nodes.length);
    order = new Int32Array(nodes.length);
  };
  force.reach = (distance: number) => {
    reach = distance;
    return force;
  };
  force.strength = (value: number) => {
    strength = value;
    return force;
  };
  force.radius = (radius: (node: N) => number) => {
    radiusOf = radius;
    radii = new Float64Array(nodes.map((node) => radiusOf(node)));
    return force;
  };
  return force;
}
