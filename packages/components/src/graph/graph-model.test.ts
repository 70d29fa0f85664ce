import { expect } from '@open-wc/testing';
import { IncidentService } from '@soc-kit/mock-api';
import type { Alert, Evidence } from '../api/index.js';
import {
  alertIdsOf,
  alertKey,
  alertsNaming,
  buildIncidentGraph,
  emphasisAround,
  entitiesOf,
  entityKey,
  evidenceFromAlerts,
} from './graph-model.js';
import { DEFAULT_GROUP_THRESHOLD, groupableTypes, groupGraph, groupKey, shownKeys } from './graph-grouping.js';
import { sizedIncident } from './incident-graph.fixture.js';

const NOW = Date.parse('2024-06-01T12:00:00Z');

function alert(id: string, firstActivity: string, evidence: Evidence[] = []): Alert {
  return {
    id,
    incidentId: 'i1',
    title: `Alert ${id}`,
    description: '',
    severity: 'high',
    status: 'new',
    classification: 'unknown',
    determination: 'unknown',
    serviceSource: 'unknown',
    detectionSource: 'unknown',
    category: '',
    mitreTechniques: [],
    recommendedActions: '',
    createdDateTime: firstActivity,
    firstActivityDateTime: firstActivity,
    lastActivityDateTime: firstActivity,
    lastUpdateDateTime: firstActivity,
    assignedTo: null,
    tags: [],
    investigationState: 'unknown',
    comments: [],
    evidence,
  };
}

const base: Pick<Evidence, 'verdict' | 'remediationStatus' | 'roles' | 'detailedRoles' | 'tags' | 'createdDateTime'> = {
  verdict: 'unknown',
  remediationStatus: 'none',
  roles: [],
  detailedRoles: [],
  tags: [],
  createdDateTime: '2024-01-01T00:00:00Z',
};

const device = (id: string, alertIds: string[], extra: { ipAddresses?: string[]; loggedOnUsers?: string[] } = {}) =>
  ({
    ...base,
    id,
    type: 'device',
    displayName: id,
    deviceDnsName: `${id}.contoso.com`,
    mdeDeviceId: id,
    osPlatform: 'Windows11',
    osBuild: '',
    riskScore: 'none',
    healthStatus: 'active',
    onboardingStatus: 'onboarded',
    isolated: false,
    ipAddresses: extra.ipAddresses ?? [],
    loggedOnUsers: extra.loggedOnUsers ?? [],
    alertIds,
  }) as Evidence;

const ip = (id: string, address: string, alertIds: string[]) =>
  ({ ...base, id, type: 'ip', displayName: address, ipAddress: address, countryLetterCode: '', alertIds }) as Evidence;

const user = (id: string, upn: string, alertIds: string[]) =>
  ({
    ...base,
    id,
    type: 'user',
    displayName: upn,
    userPrincipalName: upn,
    accountName: upn.split('@')[0],
    domainName: 'CONTOSO',
    azureAdUserId: '',
    department: '',
    riskLevel: 'none',
    accountEnabled: true,
    alertIds,
  }) as Evidence;

const mailbox = (id: string, upn: string, alertIds: string[]) =>
  ({ ...base, id, type: 'mailbox', displayName: upn, primaryAddress: upn, userPrincipalName: upn, alertIds }) as Evidence;

const file = (id: string, name: string, alertIds: string[]) =>
  ({ ...base, id, type: 'file', displayName: name, fileName: name, filePath: 'C:\\', sha256: id, sha1: '', fileSize: 1, alertIds }) as Evidence;

const process = (id: string, image: string, alertIds: string[]) =>
  ({
    ...base,
    id,
    type: 'process',
    displayName: image,
    processId: 4,
    processCommandLine: image,
    imageFileName: image,
    parentProcessId: 1,
    userAccount: '',
    alertIds,
  }) as Evidence;

const keysOf = (nodes: { key: string }[]) => nodes.map((node) => node.key);

describe('incident graph model', () => {
  it('has a node per alert (in the order activity began) and per distinct entity, and an edge per naming', () => {
    const alerts = [alert('late', '2024-05-02T00:00:00Z'), alert('early', '2024-05-01T00:00:00Z')];
    const evidence = [
      device('d1', ['early', 'late']),
      ip('ip1', '10.0.0.1', ['late']),
      ip('ip1', '10.0.0.1', ['late']),
      device('d2', ['unknown-alert']),
    ];
    const graph = buildIncidentGraph(alerts, evidence);

    expect(keysOf(graph.alerts)).to.deep.equal([alertKey('early'), alertKey('late')]);
    expect(keysOf(graph.entities)).to.deep.equal([entityKey('d1'), entityKey('d2'), entityKey('ip1')]);
    expect(graph.edges.filter((edge) => edge.kind === 'evidence')).to.deep.equal([
      { kind: 'evidence', source: alertKey('early'), target: entityKey('d1') },
      { kind: 'evidence', source: alertKey('late'), target: entityKey('d1') },
      { kind: 'evidence', source: alertKey('late'), target: entityKey('ip1') },
    ]);
    expect(graph.nodes.size).to.equal(5);
  });

  it('joins entities whose own fields name each other', () => {
    const evidence = [
      device('d1', ['a'], { ipAddresses: ['10.0.0.1', '10.0.0.9'], loggedOnUsers: ['CONTOSO\\alice'] }),
      ip('ip1', '10.0.0.1', ['a']),
      ip('ip2', '10.0.0.2', ['a']),
      user('u1', 'alice@contoso.com', ['a']),
      user('u2', 'bob@contoso.com', ['a']),
      mailbox('m1', 'BOB@contoso.com', ['a']),
      file('f1', 'evil.exe', ['a']),
      process('p1', 'evil.exe', ['a']),
    ];
    const graph = buildIncidentGraph([alert('a', '2024-05-01T00:00:00Z')], evidence);
    const related = graph.edges.filter((edge) => edge.kind === 'related');
    expect(related).to.deep.equal([
      { kind: 'related', source: entityKey('d1'), target: entityKey('ip1'), relation: 'ipAddress' },
      { kind: 'related', source: entityKey('d1'), target: entityKey('u1'), relation: 'loggedOn' },
      { kind: 'related', source: entityKey('m1'), target: entityKey('u2'), relation: 'mailboxOf' },
      { kind: 'related', source: entityKey('p1'), target: entityKey('f1'), relation: 'imageFile' },
    ]);
  });

  it('derives the evidence from the alerts when the client cannot list it', () => {
    const d1 = device('d1', []);
    const ip1 = ip('ip1', '10.0.0.1', []);
    const alerts = [alert('a', '2024-05-01T00:00:00Z', [d1, ip1]), alert('b', '2024-05-02T00:00:00Z', [d1])];
    const evidence = evidenceFromAlerts(alerts);
    expect(evidence.map((item) => [item.id, item.alertIds])).to.deep.equal([
      ['d1', ['a', 'b']],
      ['ip1', ['a']],
    ]);
    expect(d1.alertIds, 'the alerts are not changed').to.deep.equal([]);
  });

  it('emphasises an alert with its entities, and an entity with its alerts', () => {
    const alerts = [alert('a', '2024-05-01T00:00:00Z'), alert('b', '2024-05-02T00:00:00Z')];
    const evidence = [device('d1', ['a', 'b']), ip('ip1', '10.0.0.1', ['b']), ip('ip2', '10.0.0.2', ['a'])];
    const graph = buildIncidentGraph(alerts, evidence);

    expect([...emphasisAround(graph, alertKey('b'))]).to.have.members([alertKey('b'), entityKey('d1'), entityKey('ip1')]);
    expect([...emphasisAround(graph, entityKey('d1'))]).to.have.members([entityKey('d1'), alertKey('a'), alertKey('b')]);
    expect(emphasisAround(graph, alertKey('nope')).size).to.equal(0);
    expect(entitiesOf(graph, 'a').map((node) => node.entity.id)).to.deep.equal(['d1', 'ip2']);
    expect(alertsNaming(graph, evidence[0]).map((item) => item.id)).to.deep.equal(['a', 'b']);
  });

  describe('against the mock service', () => {
    const service = new IncidentService({ size: 40, seed: 20240601, now: NOW });
    const incidents = service.listIncidents({ top: 40 }).items;

    it("matches each incident's alerts and evidence", () => {
      for (const incident of incidents) {
        const alerts = service.listIncidentAlerts(incident.id);
        const evidence = service.listEvidence(incident.id);
        const graph = buildIncidentGraph(alerts, evidence);

        expect(graph.alerts.map((node) => node.alert.id), incident.id).to.have.members(alerts.map((item) => item.id));
        expect(graph.entities.map((node) => node.entity.id), incident.id).to.have.members(evidence.map((item) => item.id));
        const expectedEdges = alerts.flatMap((item) =>
          item.evidence.map((entity) => `${alertKey(item.id)} ${entityKey(entity.id)}`),
        );
        const evidenceEdges = graph.edges
          .filter((edge) => edge.kind === 'evidence')
          .map((edge) => `${edge.source} ${edge.target}`);
        expect(evidenceEdges, incident.id).to.have.members(expectedEdges);
        for (const item of evidence) expect(alertIdsOf(graph, item)).to.have.members(item.alertIds);
      }
    });

    it('builds the same graph from the alerts alone as from the listed evidence', () => {
      for (const incident of incidents) {
        const alerts = service.listIncidentAlerts(incident.id);
        const fromEvidence = buildIncidentGraph(alerts, service.listEvidence(incident.id));
        const fromAlerts = buildIncidentGraph(alerts, evidenceFromAlerts(alerts));
        expect(keysOf(fromAlerts.entities), incident.id).to.deep.equal(keysOf(fromEvidence.entities));
        expect(fromAlerts.edges, incident.id).to.deep.equal(fromEvidence.edges);
      }
    });

    it('groups the types with many entities of an ingested incident', () => {
      const created = service.createIncident(service.principalFor('admin'), sizedIncident({ alerts: 4, entitiesPerAlert: 9 }));
      const alerts = service.listIncidentAlerts(created.id);
      const graph = buildIncidentGraph(alerts, service.listEvidence(created.id));
      expect(graph.alerts).to.have.length(4);
      expect(graph.entities).to.have.length(36);

      const order = ['device', 'user', 'mailbox', 'ip', 'url', 'file', 'process', 'cloudApplication', 'registryValue'];
      const groupable = groupableTypes(graph, 3);
      expect(groupable.map((group) => group.type)).to.deep.equal(order);
      expect(groupable.every((group) => group.count === 4)).to.be.true;
      const collapsed = groupGraph(graph, new Set(), 3);
      expect(collapsed.nodes.filter((node) => node.kind === 'group').map((node) => node.key)).to.deep.equal(
        order.map((type) => groupKey(type as 'device')),
      );
      expect(collapsed.nodes).to.have.length(4 + 9);
      const devicesShown = groupGraph(graph, new Set(['device']), 3);
      expect(devicesShown.nodes).to.have.length(4 + 4 + 8);
    });
  });
});

describe('incident graph grouping', () => {
  const alerts = [alert('a', '2024-05-01T00:00:00Z'), alert('b', '2024-05-02T00:00:00Z')];
  const ips = Array.from({ length: 4 }, (_, i) => ip(`ip${i}`, `10.0.0.${i}`, i === 0 ? ['a', 'b'] : ['a']));
  const evidence = [device('d1', ['b'], { ipAddresses: ['10.0.0.0', '10.0.0.1'] }), ...ips];
  const graph = buildIncidentGraph(alerts, evidence);

  it('collapses a type with more entities than the threshold into one node with aggregated edges', () => {
    const visible = groupGraph(graph, new Set(), 3);
    expect(keysOf(visible.nodes)).to.deep.equal([alertKey('a'), alertKey('b'), entityKey('d1'), groupKey('ip')]);
    const edges = visible.edges.map((edge) => [edge.source, edge.target, edge.count, edge.related]);
    expect(edges).to.have.deep.members([
      [alertKey('b'), entityKey('d1'), 1, false],
      [alertKey('a'), groupKey('ip'), 4, false],
      [alertKey('b'), groupKey('ip'), 1, false],
      [entityKey('d1'), groupKey('ip'), 2, true],
    ]);
    expect(visible.shownAs.get(entityKey('ip2'))).to.equal(groupKey('ip'));
    expect(visible.neighbours.get(groupKey('ip'))).to.have.members([alertKey('a'), alertKey('b'), entityKey('d1')]);
    expect([...shownKeys(visible, [entityKey('ip1'), alertKey('a')])]).to.have.members([groupKey('ip'), alertKey('a')]);
  });

  it('shows each entity of an expanded type, and of a type at the threshold', () => {
    const expanded = groupGraph(graph, new Set(['ip']), 3);
    expect(keysOf(expanded.nodes)).to.include.members(ips.map((item) => entityKey(item.id)));
    expect(expanded.edges.every((edge) => edge.count === 1)).to.be.true;
    expect(expanded.edges).to.have.length(graph.edges.length);

    const atThreshold = groupGraph(graph, new Set(), 4);
    expect(atThreshold.nodes.some((node) => node.kind === 'group')).to.be.false;
    expect(groupableTypes(graph, DEFAULT_GROUP_THRESHOLD)).to.deep.equal([]);
  });
});
