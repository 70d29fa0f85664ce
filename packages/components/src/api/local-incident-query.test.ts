import { expect } from '@open-wc/testing';
import { evidenceFromGraph, incidentFromGraph } from './graph/graph-mapping.js';
import { graphListPlan } from './graph/graph-query.js';
import { filteredBy, INCIDENT_QUERY_FIELDS, LIST_FIELDS } from './incident-query-fields.js';
import { activeFilters, matchesIncidentQuery } from './local-incident-query.js';
import type { IncidentQuery } from './model.js';
import { incidentFromSentinel } from './sentinel/sentinel-incident.js';
import { sentinelListPlan } from './sentinel/sentinel-query.js';

const type = (name: string) => `#microsoft.graph.security.${name}`;

/** A Graph incident with `$expand=alerts`: a Qakbot alert on a finance workstation, a Cobalt Strike one on a domain controller. */
const GRAPH_INCIDENT = {
  id: '2972395',
  displayName: 'Multi-stage incident involving Execution & Command and control on multiple endpoints',
  severity: 'high',
  status: 'active',
  createdDateTime: '2025-02-27T08:43:35Z',
  lastUpdateDateTime: '2025-02-27T09:35:45Z',
  alerts: [
    {
      id: 'da637551227677560813_-961444813',
      incidentId: '2972395',
      title: 'Qakbot malware was detected',
      category: 'Malware',
      threatDisplayName: 'Qakbot',
      threatFamilyName: 'QakBot',
      evidence: [
        {
          '@odata.type': type('deviceEvidence'),
          deviceDnsName: 'contoso-ws-0142.contoso.com',
          hostName: 'CONTOSO-WS-0142',
          osPlatform: 'Windows11',
          rbacGroupName: 'Finance workstations',
        },
        { '@odata.type': type('userEvidence'), userAccount: { accountName: 'megan', userPrincipalName: 'megan.bowen@contoso.com', displayName: 'Megan Bowen' } },
      ],
    },
    {
      id: 'da637551227677560813_-961444814',
      incidentId: '2972395',
      title: 'Cobalt Strike command and control detected',
      category: 'CommandAndControl',
      threatFamilyName: 'Cobalt Strike',
      evidence: [
        {
          '@odata.type': type('deviceEvidence'),
          deviceDnsName: 'contoso-dc-0105.contoso.com',
          hostName: 'CONTOSO-DC-0105',
          osPlatform: 'WindowsServer2022',
          rbacGroupName: 'Domain controllers',
        },
        {
          '@odata.type': type('deviceEvidence'),
          deviceDnsName: 'contoso-ws-0142.contoso.com',
          hostName: 'CONTOSO-WS-0142',
          osPlatform: 'Windows11',
          rbacGroupName: 'Finance workstations',
        },
      ],
    },
  ],
};

describe('the new queue filters on the Graph and Sentinel adapters', () => {
  it('maps device groups, OS platforms and threats from a Graph incident’s alerts, and has no sensitivity or investigation state', () => {
    const incident = incidentFromGraph(GRAPH_INCIDENT);
    expect(incident.deviceGroups).to.deep.equal(['Finance workstations', 'Domain controllers']);
    expect(incident.osPlatforms).to.deep.equal(['Windows11', 'WindowsServer2022']);
    expect(incident.threats, 'the display name wins over the family').to.deep.equal(['Qakbot', 'Cobalt Strike']);
    expect(incident.sensitivityLabels).to.deep.equal([]);
    expect(incident.investigationState).to.equal('unknown');

    const bare = incidentFromGraph({ ...GRAPH_INCIDENT, alerts: undefined });
    expect([bare.deviceGroups, bare.osPlatforms, bare.threats]).to.deep.equal([[], [], []]);
    const devices = evidenceFromGraph(GRAPH_INCIDENT).filter((item) => item.type === 'device');
    expect(devices.map((device) => device.type === 'device' && device.rbacGroupName)).to.deep.equal(['Finance workstations', 'Domain controllers']);
  });

  it('filters a Graph incident locally by entity, device group, OS platform and threat, reading its expanded alerts', () => {
    const incident = incidentFromGraph(GRAPH_INCIDENT);
    const evidence = () => evidenceFromGraph(GRAPH_INCIDENT);
    const matches = (query: IncidentQuery) => matchesIncidentQuery(incident, query, activeFilters(query), evidence);
    expect(matches({ entities: ['contoso-dc-0105'] }), 'a device by name, in another case').to.be.true;
    expect(matches({ entities: ['MEGAN BOWEN'] }), 'a user by name').to.be.true;
    const user = evidence().find((item) => item.type === 'user')!;
    expect(matches({ entities: [user.id.toUpperCase()] }), 'a user by ID').to.be.true;
    expect(matches({ entities: ['CONTOSO-DC'] }), 'part of a name').to.be.false;
    expect(matchesIncidentQuery(incident, { entities: ['CONTOSO-DC-0105'] }, ['entities']), 'no evidence, no entity').to.be.false;
    expect(matches({ deviceGroups: ['DOMAIN CONTROLLERS'] })).to.be.true;
    expect(matches({ deviceGroups: ['Linux servers'] })).to.be.false;
    expect(matches({ osPlatforms: ['macOS', 'WindowsServer2022'] })).to.be.true;
    expect(matches({ osPlatforms: ['Linux'] })).to.be.false;
    expect(matches({ threats: ['cobalt strike'] })).to.be.true;
    expect(matches({ threats: ['Emotet'] })).to.be.false;
    expect(matches({ investigationState: ['unknown'] }), 'Graph has no investigation state').to.be.true;
    expect(matches({ investigationState: ['pendingApproval'] })).to.be.false;
    expect(matches({ sensitivityLabels: ['General'] }), 'nor sensitivity labels').to.be.false;
    expect(matches({ entities: ['contoso-ws-0142'], deviceGroups: ['Domain controllers'], threats: ['Qakbot'], osPlatforms: ['Windows11'] })).to.be.true;
  });

  it('asks Graph for the alerts whenever a filter reads them, and filters every new filter locally', () => {
    for (const query of [{ entities: ['x'] }, { deviceGroups: ['x'] }, { osPlatforms: ['Linux'] }, { threats: ['x'] }] as IncidentQuery[]) {
      const plan = graphListPlan(query, false);
      expect(plan.expandAlerts, JSON.stringify(query)).to.be.true;
      expect(plan.localFilters).to.deep.equal(Object.keys(query));
    }
    const plan = graphListPlan({ investigationState: ['running'], sensitivityLabels: ['General'] }, false);
    expect(plan.expandAlerts).to.be.false;
    expect(plan.localFilters).to.deep.equal(['investigationState', 'sensitivityLabels']);
    expect(sentinelListPlan({ entities: ['x'], threats: ['y'], status: ['active'] }, 50).localFilters).to.deep.equal(['entities', 'threats']);
    for (const name of ['entities', 'deviceGroups', 'osPlatforms', 'investigationState', 'threats', 'sensitivityLabels'] as const) {
      expect(filteredBy('graph').has(name) || filteredBy('sentinel').has(name), name).to.be.false;
    }
  });

  it('leaves a Sentinel incident without devices, threats or sensitivity, so those filters match none', () => {
    const incident = incidentFromSentinel({
      name: '73e01a99-5cd7-4139-a149-9f2736ff2ab5',
      etag: '"0300bf09-0000-0000-0000-5c37296e0000"',
      properties: { title: 'Suspicious sign-ins', status: 'New', severity: 'High', createdTimeUtc: '2025-02-27T08:43:35Z' },
    });
    expect([incident.deviceGroups, incident.osPlatforms, incident.threats, incident.sensitivityLabels]).to.deep.equal([[], [], [], []]);
    for (const query of [{ entities: ['x'] }, { deviceGroups: ['x'] }, { osPlatforms: ['Linux'] }, { threats: ['x'] }, { sensitivityLabels: ['General'] }] as IncidentQuery[]) {
      expect(matchesIncidentQuery(incident, query, activeFilters(query)), JSON.stringify(query)).to.be.false;
    }
  });

  it('describes each new filter once: free text without regard to case, or a closed list of values', () => {
    const described = Object.fromEntries(LIST_FIELDS.map((field) => [field.name, field]));
    for (const name of ['entities', 'deviceGroups', 'threats'] as const) {
      expect(described[name]).to.include({ caseInsensitive: true, inQueue: true, label: 'text' });
      expect(described[name]!.values).to.equal(undefined);
    }
    for (const name of ['osPlatforms', 'investigationState', 'sensitivityLabels'] as const) {
      expect(described[name]!.values!.length, name).to.be.greaterThan(2);
      expect(described[name]!.inQueue, name).to.be.true;
    }
    expect(INCIDENT_QUERY_FIELDS.filter((field) => field.kind === 'list' && field.ofEvidence).map((field) => field.name)).to.deep.equal(['entities']);
  });
});
