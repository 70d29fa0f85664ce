import { DEFAULT_TICKS, LAYOUT_NODE_KINDS, NODE_RADIUS, type LayoutRequest } from './layout-request.js';
import { groupKey, type VisibleGraph, type VisibleNode } from './graph-grouping.js';

/**
 * Between the shown graph and its layout: the request for the layout (seeded with the previous
 * layout's positions, so that expanding or collapsing a group moves the rest little) and the
 * laid-out positions by node key.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface GraphLayout {
  /** Node centres, `[x0, y0, x1, y1, …]`, in the order of the shown graph's nodes. */
  positions: Float64Array;
  /** The box around every node and its label. */
  bounds: Bounds;
}

/** Ticks of a layout that starts from a previous one: it only has to settle what changed. */
export const RELAYOUT_TICKS = 80;
const RELAYOUT_ALPHA = 0.4;
/** Room below a node for its two label lines, and to each side for their width. */
const LABEL_HEIGHT = 34;
const LABEL_HALF_WIDTH = 70;
const MEMBER_SPACING = 32;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export const radiusOf = (node: VisibleNode) => NODE_RADIUS[node.kind];

/** The previous position of every node key of `previous`. */
function positionsByKey(previous: { visible: VisibleGraph; layout: GraphLayout }): Map<string, Point> {
  const byKey = new Map<string, Point>();
  previous.visible.nodes.forEach((node, index) => {
    byKey.set(node.key, { x: previous.layout.positions[index * 2]!, y: previous.layout.positions[index * 2 + 1]! });
  });
  return byKey;
}

/** Where a node of the new graph starts: where it was, where its group was, or amid its members. */
function startOf(node: VisibleNode, memberIndex: number, before: Map<string, Point>): Point | undefined {
  const known = before.get(node.key);
  if (known) return known;
  if (node.kind === 'entity') {
    const group = before.get(groupKey(node.entity.type));
    if (!group) return undefined;
    const radius = MEMBER_SPACING * Math.sqrt(memberIndex + 1);
    const angle = memberIndex * GOLDEN_ANGLE;
    return { x: group.x + radius * Math.cos(angle), y: group.y + radius * Math.sin(angle) };
  }
  if (node.kind === 'group') {
    const members = node.members.map((member) => before.get(member.key)).filter((point) => point !== undefined);
    if (members.length === 0) return undefined;
    return {
      x: members.reduce((sum, point) => sum + point.x, 0) / members.length,
      y: members.reduce((sum, point) => sum + point.y, 0) / members.length,
    };
  }
  return undefined;
}

/** The layout request of a shown graph, starting from `previous` where it can. */
export function layoutRequestOf(
  visible: VisibleGraph,
  previous?: { visible: VisibleGraph; layout: GraphLayout },
  aspect = 1,
): LayoutRequest {
  const kinds = new Uint8Array(visible.nodes.map((node) => LAYOUT_NODE_KINDS.indexOf(node.kind)));
  const edges = new Uint32Array(visible.edges.length * 2);
  const related = new Uint8Array(visible.edges.length);
  visible.edges.forEach((edge, i) => {
    edges[i * 2] = visible.indexOf.get(edge.source)!;
    edges[i * 2 + 1] = visible.indexOf.get(edge.target)!;
    related[i] = edge.related ? 1 : 0;
  });
  if (!previous || previous.visible.graph !== visible.graph) return { kinds, edges, related, aspect, ticks: DEFAULT_TICKS };

  const before = positionsByKey(previous);
  const start = new Float64Array(visible.nodes.length * 2).fill(Number.NaN);
  const membersPlaced = new Map<string, number>();
  let started = 0;
  visible.nodes.forEach((node, index) => {
    const type = node.kind === 'entity' ? node.entity.type : undefined;
    const memberIndex = type ? (membersPlaced.get(type) ?? 0) : 0;
    if (type) membersPlaced.set(type, memberIndex + 1);
    const point = startOf(node, memberIndex, before);
    if (!point) return;
    start[index * 2] = point.x;
    start[index * 2 + 1] = point.y;
    started++;
  });
  if (started === 0) return { kinds, edges, related, aspect, ticks: DEFAULT_TICKS };
  return { kinds, edges, related, aspect, start, ticks: RELAYOUT_TICKS, alpha: RELAYOUT_ALPHA };
}

/** The layout of a shown graph from the positions the layout computed. */
export function graphLayoutOf(visible: VisibleGraph, positions: Float64Array): GraphLayout {
  const bounds: Bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  visible.nodes.forEach((node, index) => {
    const x = positions[index * 2]!;
    const y = positions[index * 2 + 1]!;
    const radius = radiusOf(node);
    bounds.minX = Math.min(bounds.minX, x - Math.max(radius, LABEL_HALF_WIDTH));
    bounds.maxX = Math.max(bounds.maxX, x + Math.max(radius, LABEL_HALF_WIDTH));
    bounds.minY = Math.min(bounds.minY, y - radius);
    bounds.maxY = Math.max(bounds.maxY, y + radius + LABEL_HEIGHT);
  });
  if (visible.nodes.length === 0) Object.assign(bounds, { minX: 0, minY: 0, maxX: 0, maxY: 0 });
  return { positions, bounds };
}
