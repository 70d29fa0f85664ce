/**
 * What the graph layout takes and gives, and the sizes it works with: plain data, shared by the
 * layout (which runs in a worker or is loaded on demand) and the code that prepares its requests.
 */

export const LAYOUT_NODE_KINDS = ['alert', 'entity', 'group'] as const;
export type LayoutNodeKind = (typeof LAYOUT_NODE_KINDS)[number];

/** What the layout needs to know of a graph: plain numbers, cheap to send to a worker. */
export interface LayoutRequest {
  /** Each node's kind, as an index into `LAYOUT_NODE_KINDS`. */
  kinds: Uint8Array;
  /** Edges as pairs of node indices: `[source0, target0, source1, target1, …]`. */
  edges: Uint32Array;
  /** Whether each edge joins two entities (a shorter, weaker link) rather than an alert and an entity. */
  related: Uint8Array;
  /**
   * Where to start each node, `[x0, y0, x1, y1, …]`; NaN for a node the layout places itself.
   * Absent: every node is placed by the layout.
   */
  start?: Float64Array;
  /** How many ticks to run. Default `DEFAULT_TICKS`. */
  ticks?: number;
  /** The starting temperature, 0–1: lower moves a started layout less. Default 1. */
  alpha?: number;
  /** Width over height of the area the graph will be shown in: the layout takes that shape. Default 1. */
  aspect?: number;
}

export interface LayoutResult {
  /** Each node's centre, `[x0, y0, x1, y1, …]`, around the origin. */
  positions: Float64Array;
}

export const DEFAULT_TICKS = 100;

/** Radius of each kind of node, in layout units (CSS pixels at zoom 1). */
export const NODE_RADIUS: Record<LayoutNodeKind, number> = { alert: 20, entity: 18, group: 24 };
