import {
  ENTITY_TYPES,
  type Alert,
  type DeviceEntity,
  type Evidence,
  type MailboxEntity,
  type ProcessEntity,
  type UserEntity,
} from '../api/model.js';

/**
 * The incident graph as data: one node per alert, one per distinct entity, an edge from each
 * alert to every entity it names (`evidence.alertIds`), and a few edges between entities that
 * the entities' own fields prove (see `EntityRelation`). Pure: the same alerts and evidence
 * always give the same graph, in the same order.
 */

export interface AlertNode {
  kind: 'alert';
  /** Node key, unique across alerts and entities (`a/<alert id>`). */
  key: string;
  alert: Alert;
}

export interface EntityNode {
  kind: 'entity';
  /** Node key, unique across alerts and entities (`e/<entity id>`). */
  key: string;
  entity: Evidence;
}

export type GraphNode = AlertNode | EntityNode;

/**
 * Why two entities are joined, derived from their fields:
 * - `ipAddress`: a device lists the IP entity's address among its `ipAddresses`;
 * - `loggedOn`: a device lists the user among its `loggedOnUsers` (as `DOMAIN\account`, account or UPN);
 * - `mailboxOf`: a mailbox and a user share a user principal name;
 * - `imageFile`: a process's image file name is the file entity's name.
 */
export type EntityRelation = 'ipAddress' | 'loggedOn' | 'mailboxOf' | 'imageFile';

export type GraphEdge =
  | { kind: 'evidence'; source: string; target: string }
  | { kind: 'related'; source: string; target: string; relation: EntityRelation };

export interface IncidentGraph {
  /** Alerts in the order their activity began. */
  alerts: AlertNode[];
  /** Entities by type (in `ENTITY_TYPES` order), then by name. */
  entities: EntityNode[];
  edges: GraphEdge[];
  /** Every node by key. */
  nodes: ReadonlyMap<string, GraphNode>;
}

export const alertKey = (alertId: string) => `a/${alertId}`;
export const entityKey = (entityId: string) => `e/${entityId}`;

const activityTime = (alert: Alert) => {
  const time = Date.parse(alert.firstActivityDateTime);
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
};

const typeRank = (entity: Evidence) => {
  const rank = ENTITY_TYPES.indexOf(entity.type);
  return rank < 0 ? ENTITY_TYPES.length : rank;
};

function byTypeThenName(a: Evidence, b: Evidence): number {
  return (
    typeRank(a) - typeRank(b) ||
    (a.displayName ?? '').localeCompare(b.displayName ?? '', 'en') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The incident's evidence when the client cannot list it: each entity once, from the alerts'
 * own `evidence`, with `alertIds` naming every alert it appears in.
 */
export function evidenceFromAlerts(alerts: readonly Alert[]): Evidence[] {
  const byId = new Map<string, Evidence>();
  for (const alert of alerts) {
    for (const item of alert.evidence ?? []) {
      const known = byId.get(item.id);
      if (known) {
        if (!known.alertIds.includes(alert.id)) known.alertIds.push(alert.id);
      } else {
        byId.set(item.id, { ...item, alertIds: [alert.id] } as Evidence);
      }
    }
  }
  return [...byId.values()];
}

const lower = (value: string | undefined) => (value ?? '').trim().toLowerCase();

/** The names under which a device may list a logged-on user. */
function userNames(user: UserEntity): string[] {
  const names = [lower(user.userPrincipalName), lower(user.accountName)];
  if (user.accountName && user.domainName) names.push(lower(`${user.domainName}\\${user.accountName}`));
  return names.filter(Boolean);
}

/** Index of entities by a lower-cased key; first come, first kept for each key. */
function indexBy<T extends Evidence>(items: readonly T[], keys: (item: T) => string[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      if (!key) continue;
      const list = index.get(key);
      if (list) list.push(item);
      else index.set(key, [item]);
    }
  }
  return index;
}

/** Entity–entity edges the entities' fields prove; each pair once. */
function relatedEdges(entities: readonly Evidence[]): GraphEdge[] {
  const ofType = <T extends Evidence['type']>(type: T) =>
    entities.filter((entity): entity is Extract<Evidence, { type: T }> => entity.type === type);
  const devices = ofType('device') as (DeviceEntity & Evidence)[];
  const users = ofType('user') as (UserEntity & Evidence)[];
  const ips = indexBy(ofType('ip'), (ip) => [lower(ip.ipAddress), lower(ip.displayName)]);
  const usersByName = indexBy(users, userNames);
  const usersByUpn = indexBy(users, (user) => [lower(user.userPrincipalName)]);
  const filesByName = indexBy(ofType('file'), (file) => [lower(file.fileName)]);

  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const add = (a: Evidence, b: Evidence, relation: EntityRelation) => {
    const pair = `${a.id}\u0000${b.id}`;
    if (a.id === b.id || seen.has(pair)) return;
    seen.add(pair);
    edges.push({ kind: 'related', source: entityKey(a.id), target: entityKey(b.id), relation });
  };
  for (const device of devices) {
    for (const address of device.ipAddresses ?? []) {
      for (const ip of ips.get(lower(address)) ?? []) add(device, ip, 'ipAddress');
    }
    for (const name of device.loggedOnUsers ?? []) {
      for (const user of usersByName.get(lower(name)) ?? []) add(device, user, 'loggedOn');
    }
  }
  for (const mailbox of ofType('mailbox') as (MailboxEntity & Evidence)[]) {
    for (const user of usersByUpn.get(lower(mailbox.userPrincipalName)) ?? []) add(mailbox, user, 'mailboxOf');
  }
  for (const process of ofType('process') as (ProcessEntity & Evidence)[]) {
    for (const file of filesByName.get(lower(process.imageFileName)) ?? []) add(process, file, 'imageFile');
  }
  return edges;
}

/**
 * Builds the graph of an incident from its alerts and its evidence (`listEvidence`, or
 * `evidenceFromAlerts`). An entity's `alertIds` that name no listed alert are ignored; an entity
 * no listed alert names is still a node, without an alert edge.
 */
export function buildIncidentGraph(alerts: readonly Alert[], evidence: readonly Evidence[]): IncidentGraph {
  const alertNodes: AlertNode[] = [...alerts]
    .map((alert, index) => ({ alert, index }))
    .sort((a, b) => activityTime(a.alert) - activityTime(b.alert) || a.index - b.index)
    .map(({ alert }) => ({ kind: 'alert', key: alertKey(alert.id), alert }));

  const distinct = new Map<string, Evidence>();
  for (const item of evidence) if (!distinct.has(item.id)) distinct.set(item.id, item);
  const sortedEvidence = [...distinct.values()].sort(byTypeThenName);
  const entityNodes: EntityNode[] = sortedEvidence.map((entity) => ({ kind: 'entity', key: entityKey(entity.id), entity }));

  const nodes = new Map<string, GraphNode>();
  for (const node of alertNodes) nodes.set(node.key, node);
  for (const node of entityNodes) nodes.set(node.key, node);

  const edges: GraphEdge[] = [];
  for (const node of entityNodes) {
    for (const alertId of new Set(node.entity.alertIds ?? [])) {
      if (nodes.has(alertKey(alertId))) edges.push({ kind: 'evidence', source: alertKey(alertId), target: node.key });
    }
  }
  edges.push(...relatedEdges(sortedEvidence));
  return { alerts: alertNodes, entities: entityNodes, edges, nodes };
}

/** IDs of the listed alerts that name the entity. */
export function alertIdsOf(graph: IncidentGraph, entity: Evidence): string[] {
  return [...new Set(entity.alertIds ?? [])].filter((id) => graph.nodes.has(alertKey(id)));
}

/** The listed alerts that name the entity, in the graph's order. */
export function alertsNaming(graph: IncidentGraph, entity: Evidence): Alert[] {
  const ids = new Set(entity.alertIds ?? []);
  return graph.alerts.filter((node) => ids.has(node.alert.id)).map((node) => node.alert);
}

/** The entities an alert names, in the graph's order. */
export function entitiesOf(graph: IncidentGraph, alertId: string): EntityNode[] {
  return graph.entities.filter((node) => (node.entity.alertIds ?? []).includes(alertId));
}

/**
 * The nodes to emphasise around a node: an alert with the entities it names, an entity with the
 * alerts that name it. Empty when the key names no node.
 */
export function emphasisAround(graph: IncidentGraph, key: string): Set<string> {
  const node = graph.nodes.get(key);
  if (!node) return new Set();
  if (node.kind === 'alert') return new Set([key, ...entitiesOf(graph, node.alert.id).map((entity) => entity.key)]);
  return new Set([key, ...alertIdsOf(graph, node.entity).map(alertKey)]);
}
