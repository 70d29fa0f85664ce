import { Repulsion } from './force-repel.js';
import {
  DEFAULT_TICKS,
  LAYOUT_NODE_KINDS,
  NODE_RADIUS,
  type LayoutNodeKind,
  type LayoutRequest,
  type LayoutResult,
} from './layout-request.js';

/**
 * The force layout of the incident graph: a force simulation as d3-force runs it (the same ticks,
 * forces and arithmetic as `forceSimulation` with `forceLink`, `forceX` and `forceY`), on typed
 * arrays rather than node objects, with a short-range repulsion of its own (`Repulsion`). Pure and
 * deterministic: it runs a fixed number of ticks from fixed initial positions with a seeded random
 * source, so the same request always gives the same positions, on the main thread or in a worker.
 * It imports nothing but plain data, so that the worker that runs it stays small; pages load it
 * only when they lay a graph out.
 */

export type { LayoutRequest, LayoutResult } from './layout-request.js';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Extra collision radius around each node, so that the labels under neighbours rarely overlap. */
const LABEL_ROOM = 30;
/** Nodes closer than this push each other away. */
const REACH = 180;
const REPULSION = 160;
const LINK_DISTANCE = 100;
const RELATED_LINK_DISTANCE = 70;
const MAX_LINK_DISTANCE = 400;
/** How far apart the centres of two neighbours of a hub sit, labels included. */
const NODE_SPACING = 2 * (NODE_RADIUS.entity + LABEL_ROOM);
const CENTRING = 3;
const MAX_ASPECT = 3;
/**
 * Spacing of the initial spirals: a point of a sunflower spiral with spacing s covers π·s² of
 * area, and a node with its label needs about 8,500 square units, so nodes start about as far
 * apart as they end and the simulation needs few ticks.
 */
const NODE_AREA = 8_500;
const SATELLITE_SPACING = Math.sqrt(NODE_AREA / Math.PI);

interface Node {
  index: number;
  kind: LayoutNodeKind;
  x?: number;
  y?: number;
}

/** d3-force's defaults, which the simulation keeps. */
const ALPHA_MIN = 0.001;
const VELOCITY_DECAY = 0.6;

/** A small linear congruential generator: d3's own choice for a seeded `randomSource`. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** The `index`th point of a sunflower spiral, stretched `stretch` times wider than tall. */
const sunflower = (index: number, spacing: number, turn = 0, stretch = 1) => {
  const radius = spacing * Math.sqrt(index + 0.5);
  const angle = index * GOLDEN_ANGLE + turn;
  const sx = Math.sqrt(stretch);
  return { x: radius * Math.cos(angle) * sx, y: (radius * Math.sin(angle)) / sx };
};

/**
 * Initial positions: started nodes keep theirs; alerts spread on a sunflower spiral; every other
 * node starts near the centre of its placed neighbours, on a small spiral of its own so that
 * siblings do not coincide; nodes without placed neighbours go on an outer spiral.
 */
function placeNodes(nodes: Node[], adjacency: number[][], start: Float64Array | undefined, aspect: number): void {
  const placed = new Uint8Array(nodes.length);
  const satellites = new Map<number, number>();
  let alertCount = 0;
  for (const node of nodes) {
    const x = start?.[node.index * 2];
    const y = start?.[node.index * 2 + 1];
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) {
      node.x = x;
      node.y = y;
      placed[node.index] = 1;
    }
    if (node.kind === 'alert') alertCount++;
  }
  // Each alert's point of the spiral makes room for the entities that will gather around it.
  const alertSpacing = SATELLITE_SPACING * Math.sqrt(nodes.length / Math.max(alertCount, 1));
  let alertIndex = 0;
  for (const node of nodes) {
    if (node.kind !== 'alert') continue;
    if (!placed[node.index]) {
      Object.assign(node, sunflower(alertIndex, alertSpacing, 0, aspect));
      placed[node.index] = 1;
    }
    alertIndex++;
  }
  let outer = 0;
  const outerStart = Math.max(alertCount, 1);
  for (const node of nodes) {
    if (placed[node.index]) continue;
    const anchors = adjacency[node.index]!.filter((neighbour) => placed[neighbour]);
    if (anchors.length === 0) {
      Object.assign(node, sunflower(outerStart + outer++, alertSpacing, 0, aspect));
    } else {
      let cx = 0;
      let cy = 0;
      for (const anchor of anchors) {
        cx += nodes[anchor]!.x!;
        cy += nodes[anchor]!.y!;
      }
      const anchor = anchors[0]!;
      const sibling = satellites.get(anchor) ?? 0;
      satellites.set(anchor, sibling + 1);
      const offset = sunflower(sibling, SATELLITE_SPACING, anchor);
      node.x = cx / anchors.length + offset.x;
      node.y = cy / anchors.length + offset.y;
    }
    placed[node.index] = 1;
  }
}

/** The links of the graph as `forceLink` keeps them: its ends, and its bias, strength and length. */
interface Links {
  source: Int32Array;
  target: Int32Array;
  bias: Float64Array;
  strength: Float64Array;
  distance: Float64Array;
}

/**
 * `forceLink`'s force (one iteration): each link in turn pulls or pushes its ends towards its
 * length, the velocities changed by earlier links included.
 */
function applyLinks(
  links: Links,
  x: Float64Array,
  y: Float64Array,
  vx: Float64Array,
  vy: Float64Array,
  alpha: number,
  random: () => number,
): void {
  const { source, target, bias, strength, distance } = links;
  for (let i = 0; i < source.length; i++) {
    const s = source[i]!;
    const t = target[i]!;
    // As d3-force's `jiggle`: two ends at one place part in a random direction.
    let dx = x[t]! + vx[t]! - x[s]! - vx[s]! || (random() - 0.5) * 1e-6;
    let dy = y[t]! + vy[t]! - y[s]! - vy[s]! || (random() - 0.5) * 1e-6;
    let l = Math.sqrt(dx * dx + dy * dy);
    l = ((l - distance[i]!) / l) * alpha * strength[i]!;
    dx *= l;
    dy *= l;
    let b = bias[i]!;
    vx[t]! -= dx * b;
    vy[t]! -= dy * b;
    b = 1 - b;
    vx[s]! += dx * b;
    vy[s]! += dy * b;
  }
}

/** Lays the graph out: a fixed number of simulation ticks, no timer, no DOM. */
export function layoutGraph(request: LayoutRequest): LayoutResult {
  const count = request.kinds.length;
  const nodes: Node[] = Array.from({ length: count }, (_, index) => ({
    index,
    kind: LAYOUT_NODE_KINDS[request.kinds[index]!] ?? 'entity',
  }));
  const adjacency: number[][] = Array.from({ length: count }, () => []);
  const ends: number[] = [];
  const related: boolean[] = [];
  for (let i = 0; i + 1 < request.edges.length; i += 2) {
    const source = request.edges[i]!;
    const target = request.edges[i + 1]!;
    if (source >= count || target >= count || source === target) continue;
    ends.push(source, target);
    related.push(request.related[i / 2] === 1);
    adjacency[source]!.push(target);
    adjacency[target]!.push(source);
  }
  const aspect = Math.min(MAX_ASPECT, Math.max(1 / MAX_ASPECT, request.aspect ?? 1));
  placeNodes(nodes, adjacency, request.start, aspect);

  const x = new Float64Array(count);
  const y = new Float64Array(count);
  for (const node of nodes) {
    x[node.index] = node.x!;
    y[node.index] = node.y!;
  }
  const vx = new Float64Array(count);
  const vy = new Float64Array(count);

  const degree = (index: number) => adjacency[index]!.length;
  const linkCount = related.length;
  const links: Links = {
    source: new Int32Array(linkCount),
    target: new Int32Array(linkCount),
    bias: new Float64Array(linkCount),
    strength: new Float64Array(linkCount),
    distance: new Float64Array(linkCount),
  };
  for (let i = 0; i < linkCount; i++) {
    const source = ends[i * 2]!;
    const target = ends[i * 2 + 1]!;
    links.source[i] = source;
    links.target[i] = target;
    // The end with more links moves less.
    links.bias[i] = degree(source) / (degree(source) + degree(target));
    links.strength[i] = (related[i] ? 0.3 : 0.7) / Math.max(Math.min(degree(source), degree(target)), 1);
    // A hub's neighbours need a circle long enough for all of them and their labels.
    const hub = Math.max(degree(source), degree(target));
    links.distance[i] = related[i]
      ? RELATED_LINK_DISTANCE
      : Math.min(MAX_LINK_DISTANCE, Math.max(LINK_DISTANCE, (hub * NODE_SPACING) / (2 * Math.PI)));
  }
  const repulsion = new Repulsion(
    new Float64Array(nodes.map((node) => NODE_RADIUS[node.kind] + LABEL_ROOM)),
    REACH,
    REPULSION,
  );
  // A gentle pull to the middle, weaker the larger the graph (its edge lies farther out), so that
  // it keeps loose parts near without crushing the graph; weaker along the longer side of the area.
  const centring = CENTRING / (SATELLITE_SPACING * Math.sqrt(Math.max(count, 1)));
  const pullX = centring / aspect;
  const pullY = centring * aspect;
  const random = seededRandom(0x5eed);

  const ticks = Math.max(0, Math.round(request.ticks ?? DEFAULT_TICKS));
  let alpha = request.alpha ?? 1;
  const alphaDecay = 1 - Math.pow(ALPHA_MIN, 1 / ticks);
  for (let tick = 0; tick < ticks; tick++) {
    alpha += (0 - alpha) * alphaDecay;
    applyLinks(links, x, y, vx, vy, alpha, random);
    repulsion.apply(x, y, vx, vy, alpha);
    for (let i = 0; i < count; i++) vx[i]! += (0 - x[i]!) * pullX * alpha;
    for (let i = 0; i < count; i++) vy[i]! += (0 - y[i]!) * pullY * alpha;
    for (let i = 0; i < count; i++) {
      x[i]! += vx[i]! *= VELOCITY_DECAY;
      y[i]! += vy[i]! *= VELOCITY_DECAY;
    }
  }

  const positions = new Float64Array(count * 2);
  for (let i = 0; i < count; i++) {
    positions[i * 2] = x[i]!;
    positions[i * 2 + 1] = y[i]!;
  }
  return { positions };
}
