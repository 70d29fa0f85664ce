import { expect } from '@open-wc/testing';
import { HttpIncidentApi, type Incident } from '@soc-kit/components/api';
import type { IncidentInput } from '@soc-kit/mock-api';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from './support/test-backend.js';

const postIncident = (input: unknown) =>
  fetch(`${BASE_URL}/incidents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });

const graphIncident: IncidentInput = {
  displayName: 'Ingested: credential theft on one endpoint',
  description: 'Sent by the ingestion test in the Graph shape.',
  severity: 'high',
  customTags: ['ingested'],
  alerts: [
    {
      title: 'Suspicious access to LSASS memory',
      severity: 'high',
      serviceSource: 'microsoftDefenderForEndpoint',
      detectionSource: 'microsoftDefenderForEndpoint',
      category: 'CredentialAccess',
      mitreTechniques: ['T1003.001'],
      firstActivityDateTime: '2024-05-30T08:12:00Z',
      lastActivityDateTime: '2024-05-30T08:20:00Z',
      evidence: [
        {
          '@odata.type': '#microsoft.graph.security.deviceEvidence',
          deviceDnsName: 'ws-ingest-01.contoso.com',
          osPlatform: 'Windows11',
          verdict: 'suspicious',
          roles: ['compromised'],
        },
      ],
    },
  ],
};

describe('REST API: ingestion', () => {
  let test: TestBackend;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => freshState(test));

  it('creates an incident from a Graph-shaped body: 201, Location, ETag', async () => {
    const response = await postIncident(graphIncident);
    expect(response.status).to.equal(201);
    const created = (await response.json()) as Incident;
    expect(created.displayName).to.equal(graphIncident.displayName);
    expect(created.severity).to.equal('high');
    expect(created.customTags).to.deep.equal(['ingested']);
    expect(created.alertCount).to.equal(1);
    expect(response.headers.get('ETag')).to.equal(created.etag);

    const location = response.headers.get('Location');
    expect(location).to.equal(`${BASE_URL}/incidents/${created.id}`);
    const reread = await fetch(location!);
    expect(reread.status).to.equal(200);
    expect(await reread.json()).to.deep.equal(created);
  });

  it('makes the ingested alerts and evidence readable through the client', async () => {
    const created = (await (await postIncident(graphIncident)).json()) as Incident;
    const api = new HttpIncidentApi({ baseUrl: BASE_URL });
    const alerts = await api.listIncidentAlerts(created.id);
    expect(alerts.map((a) => a.title)).to.deep.equal(['Suspicious access to LSASS memory']);
    expect(alerts[0].mitreTechniques).to.deep.equal(['T1003.001']);
    const evidence = await api.listEvidence(created.id);
    expect(evidence.some((e) => e.type === 'device' && e.displayName.startsWith('ws-ingest-01'))).to.be.true;
    const found = await api.listIncidents({ search: 'credential theft' });
    expect(found.items.map((i) => i.id)).to.include(created.id);
  });

  it('refuses ingestion by a reader, and nothing is created', async () => {
    const before = test.backend.service.listIncidents({}).totalCount;
    test.backend.setScenario({ role: 'reader' });
    const response = await postIncident(graphIncident);
    expect(response.status).to.equal(403);
    expect((await response.json()).error.code).to.equal('forbidden');
    expect(test.backend.service.listIncidents({}).totalCount).to.equal(before);
  });

  it('refuses an alert with an unknown field, naming it', async () => {
    const response = await postIncident({ ...graphIncident, alerts: [{ title: 'x', colour: 'red' }] });
    expect(response.status).to.equal(400);
    const { error } = await response.json();
    expect(error.code).to.equal('validation');
    expect(error.message).to.include('colour');
    expect(test.backend.service.journal).to.have.length(0);
  });
});
