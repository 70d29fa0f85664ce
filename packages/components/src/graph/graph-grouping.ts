import { ENTITY_TYPES, type EntityType } from '../api/model.js';
import type { AlertNode, EntityNode, IncidentGraph } from './graph-model.js';

/**
 * What the graph shows: entities of a type with more than a few members collapse into one group
 * node ("12 Files") unless the person expanded that type; edges to the members become edges to
 * the group, one per pair of shown nodes, counting the edges they stand for. Alerts never group.
 */

export interface GroupNode {
  kind: 'group';
  /** Node key (`g/<type>`). */
  key: string;
  type: EntityType;
  members: EntityNode[];
}

export type VisibleNode = AlertNode | EntityNode | GroupNode;

export interface VisibleEdge {
  source: string;
  target: string;
  /** How many edges of the graph this one stands for (more than one when it reaches a group). */
  count: number;
  /** Whether every edge it stands for joins two entities (rather than an alert and an entity). */
  related: boolean;
}

export interface VisibleGraph {
  graph: IncidentGraph;
  /** Alerts first, then entities and groups by type, in `ENTITY_TYPES` order. */
  nodes: VisibleNode[];
  edges: VisibleEdge[];
  /** Index in `nodes` of each shown node's key. */
  indexOf: ReadonlyMap<string, number>;
  /** The key of the shown node that stands for each node of the graph (itself, or its group). */
  shownAs: ReadonlyMap<string, string>;
  /** Keys of the shown nodes joined to each shown node. */
  neighbours: ReadonlyMap<string, readonly string[]>;
}

/** Types with more entities than this collapse into a group node by default. */
export const DEFAULT_GROUP_THRESHOLD = 5;

export const groupKey = (type: EntityType) => `g/${type}`;

export interface GroupableType {
  type: EntityType;
  count: number;
}

const typeOrder = (type: EntityType) => {
  const rank = ENTITY_TYPES.indexOf(type);
  return rank < 0 ? ENTITY_TYPES.length : rank;
};

/** The entities of each type present, in `ENTITY_TYPES` order. */
export function entitiesByType(graph: IncidentGraph): Map<EntityType, EntityNode[]> {
  const byType = new Map<EntityType, EntityNode[]>();
  for (const node of graph.entities) {
    const list = byType.get(node.entity.type);
    if (list) list.push(node);
    else byType.set(node.entity.type, [node]);
  }
  return new Map([...byType].sort(([a], [b]) => typeOrder(a) - typeOrder(b)));
}

/** The types that have more than `threshold` entities: each can be collapsed into a group. */
export function groupableTypes(graph: IncidentGraph, threshold = DEFAULT_GROUP_THRESHOLD): GroupableType[] {
  return [...entitiesByType(graph)]
    .filter(([, members]) => members.length > threshold)
    .map(([type, members]) => ({ type, count: members.length }));
}

/** The graph as shown: groupable types not in `expanded` collapse into group nodes. */
export function groupGraph(
  graph: IncidentGraph,
  expanded: ReadonlySet<EntityType>,
  threshold = DEFAULT_GROUP_THRESHOLD,
): VisibleGraph {
  const nodes: VisibleNode[] = [...graph.alerts];
  const shownAs = new Map<string, string>();
  for (const node of graph.alerts) shownAs.set(node.key, node.key);
  for (const [type, members] of entitiesByType(graph)) {
    if (members.length > threshold && !expanded.has(type)) {
      const group: GroupNode = { kind: 'group', key: groupKey(type), type, members };
      nodes.push(group);
      for (const member of members) shownAs.set(member.key, group.key);
    } else {
      nodes.push(...members);
      for (const member of members) shownAs.set(member.key, member.key);
    }
  }

  const byPair = new Map<string, VisibleEdge>();
  const edges: VisibleEdge[] = [];
  for (const edge of graph.edges) {
    const source = shownAs.get(edge.source);
    const target = shownAs.get(edge.target);
    if (!source || !target || source === target) continue;
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const related = edge.kind === 'related';
    const known = byPair.get(pair);
    if (known) {
      known.count++;
      known.related &&= related;
    } else {
      const shown: VisibleEdge = { source, target, count: 1, related };
      byPair.set(pair, shown);
      edges.push(shown);
    }
  }

  const indexOf = new Map(nodes.map((node, index) => [node.key, index]));
  const neighbours = new Map<string, string[]>(nodes.map((node) => [node.key, []]));
  for (const edge of edges) {
    neighbours.get(edge.source)!.push(edge.target);
    neighbours.get(edge.target)!.push(edge.source);
  }
  return { graph, nodes, edges, indexOf, shownAs, neighbours };
}

/** The shown nodes that stand for the given nodes of the graph (each node, or its group). */
export function shownKeys(visible: VisibleGraph, keys: Iterable<string>): Set<string> {
  const shown = new Set<string>();
  for (const key of keys) {
    const representative = visible.shownAs.get(key);
    if (representative) shown.add(representative);
  }
  return shown;
}
