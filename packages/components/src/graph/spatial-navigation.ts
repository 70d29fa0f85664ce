/**
 * Arrow-key movement between the nodes of a laid-out graph. The rule: from the focused node,
 * look at the nodes that lie in the arrow's direction within 45° either side of it, and take the
 * one with the smallest distance along the arrow plus twice the distance across it (so a node
 * straight ahead wins over a nearer one off to the side). When that cone is empty, the whole
 * half-plane in the arrow's direction is searched with the same score. Ties go to the earlier
 * node. With nothing in that direction, focus stays.
 */

export const DIRECTIONS = ['left', 'right', 'up', 'down'] as const;
export type Direction = (typeof DIRECTIONS)[number];

const UNIT: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * The index of the node to move to from node `from` in `direction`, or -1 when there is none.
 * `positions` holds the node centres as `[x0, y0, x1, y1, …]` (y grows downwards).
 */
export function nearestInDirection(positions: ArrayLike<number>, from: number, direction: Direction): number {
  const count = Math.floor(positions.length / 2);
  if (from < 0 || from >= count) return -1;
  const [ux, uy] = UNIT[direction];
  const fx = positions[from * 2]!;
  const fy = positions[from * 2 + 1]!;
  let inCone = -1;
  let inConeScore = Infinity;
  let inHalf = -1;
  let inHalfScore = Infinity;
  for (let i = 0; i < count; i++) {
    if (i === from) continue;
    const dx = positions[i * 2]! - fx;
    const dy = positions[i * 2 + 1]! - fy;
    const along = dx * ux + dy * uy;
    if (along <= 0) continue;
    const across = Math.abs(dx * uy - dy * ux);
    const score = along + 2 * across;
    if (across <= along && score < inConeScore) {
      inCone = i;
      inConeScore = score;
    }
    if (score < inHalfScore) {
      inHalf = i;
      inHalfScore = score;
    }
  }
  return inCone >= 0 ? inCone : inHalf;
}
