import { expect } from '@open-wc/testing';
import type { DeviceEntity, EntityType, Incident, SimilarityReason, SimilarIncident } from '@soc-kit/components/api';
import type { IncidentService } from './incident-service.js';
import { ALERT_TITLE_WEIGHT, ENTITY_WEIGHTS, MAX_SIMILAR_TOP, TECHNIQUE_WEIGHT } from './similar.js';
import { createTestService, expectServiceError, responder } from './testing.js';

interface Known {
  incident: Incident;
  entities: Map<string, { type: EntityType; name: string }>;
  titles: Set<string>;
  techniques: Set<string>;
}

/** Every incident with its evidence and alerts, read the long way. */
function readEverything(service: IncidentService): Known[] {
  const incidents: Incident[] = [];
  let cursor: string | undefined;
  do {
    const page = service.listIncidents({ top: 50, sort: { field: 'id', direction: 'asc' }, ...(cursor ? { cursor } : {}) });
    incidents.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return incidents.map((incident) => {
    const alerts = service.listIncidentAlerts(incident.id);
    return {
      incident,
      entities: new Map(service.listEvidence(incident.id).map((entity) => [entity.id, { type: entity.type, name: entity.displayName }])),
      titles: new Set(alerts.map((alert) => alert.title)),
      techniques: new Set(alerts.flatMap((alert) => alert.mitreTechniques)),
    };
  });
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en') || (a < b ? -1 : a > b ? 1 : 0);

/** The similar incidents of `one` by comparing it with every other incident. */
function bruteForce(everything: readonly Known[], one: Known, top: number): SimilarIncident[] {
  const found: SimilarIncident[] = [];
  for (const other of everything) {
    if (other === one) continue;
    if (other.incident.redirectIncidentId === one.incident.id || one.incident.redirectIncidentId === other.incident.id) continue;
    const entities = [...other.entities]
      .filter(([id]) => one.entities.has(id))
      .map(([, entity]) => ({ ...entity, weight: ENTITY_WEIGHTS[entity.type] }));
    const titles = [...other.titles].filter((title) => one.titles.has(title)).sort(byText);
    const techniques = [...other.techniques].filter((technique) => one.techniques.has(technique)).sort(byText);
    const score =
      entities.reduce((sum, entity) => sum + entity.weight, 0) + titles.length * ALERT_TITLE_WEIGHT + techniques.length * TECHNIQUE_WEIGHT;
    if (score === 0) continue;
    const reasons: SimilarityReason[] = [];
    entities.sort((a, b) => b.weight - a.weight || byText(a.name, b.name));
    if (entities.length) reasons.push({ kind: 'entities', values: entities.map((entity) => entity.name) });
    if (titles.length) reasons.push({ kind: 'alertTitles', values: titles });
    if (techniques.length) reasons.push({ kind: 'techniques', values: techniques });
    found.push({ incident: other.incident, reasons, score });
  }
  const last = (incident: Incident) => Date.parse(incident.lastActivityDateTime);
  found.sort((a, b) => b.score - a.score || last(b.incident) - last(a.incident) || Number(a.incident.id) - Number(b.incident.id));
  return found.slice(0, top);
}

/** The service's answer for every incident, compared with the brute-force one. */
function expectAllMatch(service: IncidentService, top: number): number {
  const everything = readEverything(service);
  let compared = 0;
  for (const one of everything) {
    const actual = service.listSimilarIncidents(one.incident.id, { top });
    const expected = bruteForce(everything, one, top);
    const summary = (list: SimilarIncident[]) =>
      list.map(({ incident, reasons, score }) => ({ id: incident.id, status: incident.status, reasons, score }));
    expect(summary(actual), `similar to ${one.incident.id}`).to.deep.equal(summary(expected));
    compared += actual.length;
  }
  return compared;
}

describe('similar incidents', () => {
  it('agree with comparing every pair of incidents, in order and with reasons', () => {
    const { service } = createTestService({ size: 60 });
    expect(expectAllMatch(service, MAX_SIMILAR_TOP)).to.be.greaterThan(60);
    const everything = readEverything(service);
    expect(service.listSimilarIncidents(everything[0]!.incident.id)).to.have.length.of.at.most(10);
    expect(service.listSimilarIncidents(everything[0]!.incident.id, { top: 2 })).to.deep.equal(
      service.listSimilarIncidents(everything[0]!.incident.id, { top: MAX_SIMILAR_TOP }).slice(0, 2),
    );
  });

  it('leaves out incidents redirected to the incident or from it, even when they share much', () => {
    const { service } = createTestService({ size: 300 });
    const everything = readEverything(service);
    const byId = new Map(everything.map((known) => [known.incident.id, known]));
    // A redirected incident that shares something with the one it is redirected to.
    const pair = everything
      .filter((known) => known.incident.redirectIncidentId !== null)
      .map((known) => [known, byId.get(known.incident.redirectIncidentId!)!] as const)
      .find(([from, to]) => [...from.titles].some((title) => to.titles.has(title)) || [...from.entities.keys()].some((id) => to.entities.has(id)));
    expect(pair, 'a redirected incident like its target').to.not.equal(undefined);
    const [from, to] = pair!;
    const unredirected = { ...from, incident: { ...from.incident, redirectIncidentId: null } };
    const ids = (list: readonly SimilarIncident[]) => list.map((similar) => similar.incident.id);
    expect(ids(bruteForce(everything, unredirected, MAX_SIMILAR_TOP)), 'alike enough to be listed').to.include(to.incident.id);
    expect(ids(service.listSimilarIncidents(from.incident.id, { top: MAX_SIMILAR_TOP }))).to.not.include(to.incident.id);
    expect(ids(service.listSimilarIncidents(to.incident.id, { top: MAX_SIMILAR_TOP }))).to.not.include(from.incident.id);
  });

  it('keeps up with ingested incidents: one that shares a device is similar, both ways', () => {
    const { service } = createTestService({ size: 60 });
    const everything = readEverything(service);
    const holder = everything.find((known) => [...known.entities.values()].some((entity) => entity.type === 'device'))!;
    const deviceId = [...holder.entities].find(([, entity]) => entity.type === 'device')![0];
    const device = service.getEntity(deviceId) as DeviceEntity;
    const created = service.createIncident(responder, {
      displayName: 'Unusual tool on a known device',
      alerts: [
        {
          title: 'A title no generated alert has',
          severity: 'medium',
          serviceSource: 'microsoftDefenderForEndpoint',
          detectionSource: 'antivirus',
          category: 'Execution',
          mitreTechniques: [],
          evidence: [{ '@odata.type': '#microsoft.graph.security.deviceEvidence', deviceDnsName: device.deviceDnsName.toUpperCase() }],
        },
      ],
    } as Parameters<IncidentService['createIncident']>[1]);

    const similar = service.listSimilarIncidents(created.id, { top: MAX_SIMILAR_TOP });
    const shared = similar.find((candidate) => candidate.incident.id === holder.incident.id);
    expect(shared?.reasons).to.deep.equal([{ kind: 'entities', values: [device.displayName] }]);
    expect(shared?.score).to.equal(ENTITY_WEIGHTS.device);
    const listed = service.listSimilarIncidents(holder.incident.id, { top: MAX_SIMILAR_TOP });
    expect(listed.map((candidate) => candidate.incident.id)).to.include(created.id);
    expectAllMatch(service, MAX_SIMILAR_TOP);
  });

  it('keeps up with a merge: the target shares what its sources shared, and the sources nothing', () => {
    const { service } = createTestService({ size: 60 });
    const [target, source] = service.listIncidents({ status: ['active'], top: 2 }).items;
    for (const incident of [target!, source!]) service.updateIncident(responder, incident.id, { assignedTo: null, classification: 'unknown' });
    service.mergeIncidents(responder, { targetId: target!.id, sourceIds: [source!.id] });
    expect(service.listSimilarIncidents(source!.id)).to.deep.equal([]);
    expectAllMatch(service, MAX_SIMILAR_TOP);
  });

  it('refuses a bad top with a validation error and an unknown incident with not found', () => {
    const { service } = createTestService({ size: 20 });
    const id = readEverything(service)[0]!.incident.id;
    for (const top of [0, 51, 2.5, '3', null]) expectServiceError(() => service.listSimilarIncidents(id, { top } as never), 'validation', 'top');
    expectServiceError(() => service.listSimilarIncidents(id, { first: 3 } as never), 'validation', 'first');
    expectServiceError(() => service.listSimilarIncidents('999999'), 'notFound');
    expectServiceError(() => service.listSimilarIncidents('not-an-id'), 'notFound');
  });
});
