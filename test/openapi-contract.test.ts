import { expect } from '@open-wc/testing';
import { MockBackend } from '@soc-kit/mock-api';
import { loadOpenApiContract, NOT_JSON, type OpenApiContract } from './support/openapi-contract.js';
import { http, HttpResponse } from 'msw';
import {
  BASE_URL,
  checkedFetch,
  freshState,
  offContract,
  startTestBackend,
  takeContractViolations,
  TEST_NOW,
  TEST_SEED,
  TEST_SIZE,
  type TestBackend,
} from './support/test-backend.js';

/** Every `example` and `examples` in the document, with the schema it illustrates. */
function examplesIn(node: unknown, pointer = '#'): { where: string; schema: string; value: unknown }[] {
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const found: { where: string; schema: string; value: unknown }[] = [];
  // A media type or a parameter illustrates its `schema`; a schema illustrates itself.
  const schema = 'schema' in record ? `${pointer}/schema` : pointer;
  if ('example' in record) found.push({ where: `${pointer}/example`, schema, value: record.example });
  if (Array.isArray(record.examples)) {
    record.examples.forEach((value, i) => found.push({ where: `${pointer}/examples/${i}`, schema, value }));
  } else if (typeof record.examples === 'object' && record.examples !== null) {
    for (const [name, example] of Object.entries(record.examples as Record<string, { value?: unknown }>)) {
      found.push({ where: `${pointer}/examples/${name}`, schema, value: example.value });
    }
  }
  for (const [key, child] of Object.entries(record)) {
    if (key === 'example' || key === 'examples') continue;
    found.push(...examplesIn(child, `${pointer}/${encodeURIComponent(key.replace(/~/g, '~0').replace(/\//g, '~1'))}`));
  }
  return found;
}

describe('openapi.yaml as a contract', () => {
  let contract: OpenApiContract;
  let backend: MockBackend;
  let incidentId: string;

  before(async () => {
    contract = await loadOpenApiContract();
  });

  beforeEach(async () => {
    backend = new MockBackend({ baseUrl: BASE_URL, seed: TEST_SEED, size: TEST_SIZE, now: TEST_NOW });
    incidentId = (await backend.service.listIncidents({ top: 1 })).items[0]!.id;
  });

  afterEach(() => backend.close());

  describe('examples', () => {
    it('every example in the document validates against its schema', () => {
      const examples = examplesIn(contract.document);
      expect(examples.length, 'examples found').to.be.greaterThan(2);
      for (const { where, schema, value } of examples) {
        expect(contract.check(schema, value), where).to.equal('');
      }
    });

    it('an example that breaks its schema is caught', () => {
      const [ingest] = examplesIn(contract.document).filter(({ schema }) => schema === contract.schema('IncidentInput'));
      expect(ingest, 'the IncidentInput example').to.not.equal(undefined);
      const broken = { ...(ingest!.value as object), severity: 'severe' };
      expect(contract.check(ingest!.schema, broken)).to.include('/severity');
    });
  });

  describe('responses', () => {
    const get = (path: string) => ({ method: 'GET', url: `${BASE_URL}${path}` });

    it('accepts what the handlers answer', async () => {
      const paths = [
        `/incidents/${incidentId}`,
        '/incidents?top=3',
        `/incidents/${incidentId}/alerts`,
        `/incidents/${incidentId}/similar?top=3`,
        '/incidents/nope/similar',
        '/me',
        '/saved-views',
        '/nowhere',
        '/incidents/nope',
        // Filters that name something unknown answer 404.
        '/remediation-actions?entityId=nope',
        '/playbook-runs?targetKind=incident&targetId=nope',
      ];
      for (const path of paths) {
        const response = await backend.fetch(`${BASE_URL}${path}`);
        expect(await contract.checkResponse(get(path), response), path).to.deep.equal([]);
      }
      const refused = await backend.fetch(`${BASE_URL}/incidents/${incidentId}`, { method: 'DELETE' });
      expect(await contract.checkResponse({ method: 'DELETE', url: `${BASE_URL}/incidents/${incidentId}` }, refused)).to.deep.equal([]);
    });

    it('catches a body that breaks the schema, a missing documented header, and an undocumented status', async () => {
      const incident = (await (await backend.fetch(`${BASE_URL}/incidents/${incidentId}`)).json()) as Record<string, unknown>;
      const headers = { 'Content-Type': 'application/json', ETag: `"${String(incident.etag)}"` };
      const wrongType = new Response(JSON.stringify({ ...incident, alertCount: '3' }), { headers });
      expect((await contract.checkResponse(get(`/incidents/${incidentId}`), wrongType)).join()).to.include('/alertCount must be integer');
      const undeclared = new Response(JSON.stringify({ ...incident, riskScore: 90 }), { headers });
      expect((await contract.checkResponse(get(`/incidents/${incidentId}`), undeclared)).join()).to.include(
        '(root) has riskScore, which the document does not declare',
      );
      const alerts = (await (await backend.fetch(`${BASE_URL}/incidents/${incidentId}/alerts`)).json()) as { items: { evidence: object[] }[] };
      alerts.items[0]!.evidence[0] = { ...alerts.items[0]!.evidence[0], internalScore: 3 };
      const nested = new Response(JSON.stringify(alerts), { headers: { 'Content-Type': 'application/json' } });
      expect(await contract.checkResponse(get(`/incidents/${incidentId}/alerts`), nested)).to.deep.equal([
        'body: /items/0/evidence/0 has internalScore, which the document does not declare',
      ]);
      const withoutEtag = { ...incident };
      delete withoutEtag.etag;
      const missing = new Response(JSON.stringify(withoutEtag), { headers });
      expect((await contract.checkResponse(get(`/incidents/${incidentId}`), missing)).join()).to.include("must have required property 'etag'");
      const noHeader = new Response(JSON.stringify(incident), { headers: { 'Content-Type': 'application/json' } });
      expect(await contract.checkResponse(get(`/incidents/${incidentId}`), noHeader)).to.deep.equal(['header ETag is missing']);
      const stale = new Response(JSON.stringify(incident), { headers: { ...headers, ETag: '"0-stale"' } });
      expect(await contract.checkResponse(get(`/incidents/${incidentId}`), stale)).to.deep.equal([
        `header ETag "0-stale" is not the body's etag "${String(incident.etag)}"`,
      ]);
      const teapot = new Response(JSON.stringify(incident), { status: 418, headers });
      expect((await contract.checkResponse(get(`/incidents/${incidentId}`), teapot)).join()).to.include('status 418 is not documented');
      const text = new Response('ok', { headers: { 'Content-Type': 'text/plain' } });
      expect((await contract.checkResponse(get('/me'), text)).join()).to.include('not application/json');
    });

    it('catches a 405 without Allow, a 200 where a delete answers 204, and an undocumented path that does not answer 404', async () => {
      const error = JSON.stringify({ error: { code: 'methodNotAllowed', message: 'No.' } });
      const json = { 'Content-Type': 'application/json' };
      const noAllow = new Response(error, { status: 405, headers: json });
      expect(await contract.checkResponse({ method: 'DELETE', url: `${BASE_URL}/me` }, noAllow)).to.deep.equal(['header Allow is missing']);
      const deleted = new Response('{}', { status: 200, headers: json });
      const rule = { method: 'DELETE', url: `${BASE_URL}/automation-rules/r1` };
      expect((await contract.checkResponse(rule, deleted)).join()).to.include('status 200 is not documented');
      const found = new Response('{}', { status: 200, headers: json });
      expect((await contract.checkResponse(get('/nowhere'), found)).join()).to.include('answered 200');
    });
  });

  describe('request validation: the service and the schemas agree', () => {
    interface Sample {
      method: string;
      path: string;
      body?: unknown;
      headers?: Record<string, string>;
    }

    async function serve({ method, path, body, headers }: Sample): Promise<Response> {
      const raw = body === NOT_JSON ? '{"severity":' : body === undefined ? undefined : JSON.stringify(body);
      return backend.fetch(`${BASE_URL}${path.replace('{incident}', incidentId)}`, {
        method,
        headers: raw === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
        body: raw,
      });
    }

    const describeSample = ({ method, path, body }: Sample) =>
      `${method} ${path} ${body === NOT_JSON ? '(not JSON)' : JSON.stringify(body ?? null).slice(0, 120)}`;

    const schemaProblems = (sample: Sample) =>
      contract.checkRequest({ ...sample, url: `${BASE_URL}${sample.path.replace('{incident}', incidentId)}` });

    const rule = {
      displayName: 'Tag phishing',
      order: 1,
      enabled: true,
      triggersOn: 'incidents',
      triggersWhen: 'created',
      conditions: [{ kind: 'property', property: 'title', operator: 'contains', values: ['phish'] }],
      actions: [{ kind: 'modifyProperties', labels: ['phishing'] }],
    };

    const view = { name: 'My queue', query: { status: ['active'], sort: { field: 'severity', direction: 'desc' } }, columns: ['severity'], isDefault: true };

    /** Requests of the wrong shape: the service answers 400, and the schemas refuse them too. */
    const badShapes: Sample[] = [
      { method: 'PATCH', path: '/incidents/{incident}', body: NOT_JSON },
      { method: 'PATCH', path: '/incidents/{incident}', body: ['high'] },
      { method: 'PATCH', path: '/incidents/{incident}', body: { severity: 'critical' } },
      { method: 'PATCH', path: '/incidents/{incident}', body: { customTags: ['ok', 7] } },
      { method: 'PATCH', path: '/incidents/{incident}', body: { severity: 'high', colour: 'red' } },
      { method: 'PATCH', path: '/incidents/{incident}', body: { etag: 'x' } },
      { method: 'PATCH', path: '/incidents/{incident}', body: { description: 'x' } },
      { method: 'PATCH', path: '/incidents/{incident}', body: { resolvingComment: 'x'.repeat(30_001) } },
      { method: 'PATCH', path: '/incidents/{incident}', body: { displayName: ` ${'x'.repeat(255)} ` } },
      { method: 'PATCH', path: '/incidents/{incident}', body: { customTags: [`${' '.repeat(60)}Phishing${' '.repeat(60)}`] } },
      { method: 'POST', path: '/incidents', body: NOT_JSON },
      { method: 'POST', path: '/incidents', body: { displayName: 'X', severity: 'severe' } },
      { method: 'POST', path: '/incidents', body: { displayName: 'X', description: null } },
      { method: 'POST', path: '/incidents', body: { severity: 'high' } },
      { method: 'POST', path: '/incidents/{incident}/comments', body: {} },
      { method: 'POST', path: '/incidents/{incident}/comments', body: { comment: '' } },
      { method: 'POST', path: '/incidents/{incident}/comments', body: { comment: ['a'] } },
      { method: 'POST', path: '/incidents/{incident}/comments', body: { text: 'hi' } },
      { method: 'POST', path: '/incidents/{incident}/comments', body: { comment: 'x'.repeat(30_001) } },
      { method: 'POST', path: '/incidents/bulk-update', body: { ids: 'one', patch: {} } },
      { method: 'POST', path: '/incidents/bulk-update', body: { ids: [], patch: {} } },
      { method: 'POST', path: '/incidents/bulk-update', body: { ids: ['{incident}'], patch: { status: 'closed' } } },
      { method: 'POST', path: '/incidents/bulk-update', body: { ids: ['{incident}'] } },
      { method: 'POST', path: '/incidents/merge', body: NOT_JSON },
      { method: 'POST', path: '/incidents/merge', body: { targetId: '1001' } },
      { method: 'POST', path: '/incidents/merge', body: { targetId: 1001, sourceIds: ['1002'] } },
      { method: 'POST', path: '/incidents/merge', body: { targetId: '1001', sourceIds: [] } },
      { method: 'POST', path: '/incidents/merge', body: { targetId: '1001', sourceIds: ['1002', '1002'] } },
      { method: 'POST', path: '/incidents/merge', body: { targetId: '1001', sourceIds: Array.from({ length: 10 }, (_, i) => String(1002 + i)) } },
      { method: 'POST', path: '/incidents/merge', body: { targetId: '1001', sourceIds: ['1002'], reason: 'Same attack' } },
      { method: 'POST', path: '/incidents/merge', body: { targetId: '1001', sourceIds: ['1002'], displayName: 'x'.repeat(501) } },
      { method: 'POST', path: '/remediation-actions/any/decision', body: { decision: 'maybe' } },
      { method: 'POST', path: '/playbooks/any/runs', body: { target: { kind: 'tenant', id: 'x' } } },
      { method: 'POST', path: '/automation-rules', body: { ...rule, conditions: [{ kind: 'property', property: 'title', operator: 'like', values: ['x'] }] } },
      { method: 'POST', path: '/automation-rules', body: { ...rule, actions: [] } },
      { method: 'POST', path: '/automation-rules', body: { ...rule, displayName: 'x'.repeat(257) } },
      { method: 'POST', path: '/incidents/{incident}/tasks', body: { status: 'new' } },
      { method: 'POST', path: '/incidents/{incident}/tasks', body: { title: 'Check', status: 'doing' } },
      { method: 'POST', path: '/saved-views', body: { ...view, query: { top: 50 } } },
      { method: 'POST', path: '/saved-views', body: { ...view, query: { severity: ['critical'] } } },
      { method: 'POST', path: '/saved-views', body: { ...view, columns: [] } },
      { method: 'POST', path: '/saved-views', body: { ...view, columns: ['severity', 'severity'] } },
      { method: 'POST', path: '/saved-views', body: { ...view, name: 'x'.repeat(101) } },
      { method: 'POST', path: '/saved-views', body: { ...view, isDefault: 'yes' } },
      { method: 'POST', path: '/saved-views', body: { name: 'No columns', query: {} } },
      { method: 'GET', path: '/incidents?status=bogus' },
      { method: 'GET', path: '/incidents?status=active&status=bogus' },
      { method: 'GET', path: '/incidents?severity=critical' },
      { method: 'GET', path: '/incidents?top=0' },
      { method: 'GET', path: '/incidents?top=501' },
      { method: 'GET', path: '/incidents?top=ten' },
      { method: 'GET', path: '/incidents?skip=-1' },
      { method: 'GET', path: '/incidents?sort=colour' },
      { method: 'GET', path: '/incidents?sort=severity&order=up' },
      { method: 'GET', path: '/incidents?createdAfter=yesterday' },
      { method: 'GET', path: '/incidents?search=a&search=b' },
      { method: 'GET', path: '/incidents?pageSize=10' },
      { method: 'GET', path: '/remediation-actions?status=done' },
      { method: 'GET', path: '/playbook-runs?targetKind=incident' },
      { method: 'GET', path: '/playbook-runs?targetKind=team&targetId=x' },
      { method: 'GET', path: '/incidents/{incident}/similar?top=0' },
      { method: 'GET', path: '/incidents/{incident}/similar?top=51' },
      { method: 'GET', path: '/incidents/{incident}/similar?top=ten' },
      { method: 'GET', path: '/incidents/{incident}/similar?first=3' },
    ];

    /**
     * Requests of the right shape that break a rule of the service, which no schema states:
     * the service answers 400 and the schemas accept them. Listed so that the split stays known.
     */
    const brokenRules: Sample[] = [
      { method: 'PATCH', path: '/incidents/{incident}', body: { status: 'resolved', classification: 'unknown' } },
      { method: 'PATCH', path: '/incidents/{incident}', body: { displayName: '   ' } },
      { method: 'POST', path: '/incidents/{incident}/comments', body: { comment: '   ' } },
      { method: 'PATCH', path: '/incidents/{incident}', body: {}, headers: { 'If-Match': '"a" "b"' } },
      { method: 'GET', path: '/incidents?order=asc' },
      { method: 'POST', path: '/automation-rules', body: { ...rule, expiration: '2020-01-01T00:00:00Z' } },
      { method: 'POST', path: '/automation-rules', body: { ...rule, actions: [{ kind: 'modifyProperties', status: 'resolved' }] } },
      { method: 'POST', path: '/saved-views', body: { ...view, name: '   ' } },
      { method: 'POST', path: '/saved-views', body: { ...view, columns: [' '] } },
      { method: 'POST', path: '/incidents/merge', body: { targetId: '1001', sourceIds: ['1002', '1001'] } },
      { method: 'POST', path: '/incidents/merge', body: { targetId: '1001', sourceIds: ['1002'], displayName: '   ' } },
    ];

    /** Requests both accept. */
    const good: Sample[] = [
      { method: 'PATCH', path: '/incidents/{incident}', body: { severity: 'high', customTags: ['phishing'] } },
      { method: 'POST', path: '/incidents/{incident}/comments', body: { comment: 'Looked at it.' } },
      { method: 'POST', path: '/incidents/{incident}/tasks', body: { title: 'Check the mailbox' } },
      { method: 'POST', path: '/automation-rules', body: rule },
      { method: 'POST', path: '/saved-views', body: view },
      { method: 'GET', path: '/incidents?status=active&status=inProgress&top=5&sort=severity&order=desc&assignedTo=' },
      { method: 'GET', path: '/incidents?createdAfter=2024-05-01T00:00:00Z&search=phish' },
      { method: 'GET', path: '/incidents/{incident}/similar?top=50' },
    ];

    beforeEach(() => backend.setScenario({ role: 'admin' }));

    it('the schemas refuse every request of the wrong shape that the service refuses', async () => {
      for (const sample of badShapes) {
        const label = describeSample(sample);
        expect((await serve(sample)).status, label).to.equal(400);
        expect(schemaProblems(sample), label).not.to.deep.equal([]);
      }
    });

    it('the service refuses requests that break its rules, which the schemas accept', async () => {
      for (const sample of brokenRules) {
        const label = describeSample(sample);
        expect((await serve(sample)).status, label).to.equal(400);
        expect(schemaProblems(sample), label).to.deep.equal([]);
      }
    });

    it('both accept good requests', async () => {
      const ingest = examplesIn(contract.document).find(({ schema }) => schema === contract.schema('IncidentInput'))!;
      for (const sample of [...good, { method: 'POST', path: '/incidents', body: ingest.value }]) {
        const label = `${sample.method} ${sample.path}`;
        const response = await serve(sample);
        expect(response.status, `${label}: ${await response.clone().text()}`).to.be.within(200, 299);
        expect(schemaProblems(sample), label).to.deep.equal([]);
      }
    });
  });

  describe('the check every test of the mock runs', () => {
    let test: TestBackend;

    before(async () => {
      test = await startTestBackend();
    });
    beforeEach(() => freshState(test));
    after(() => test.worker.stop());

    const get = async (path: string) => (await fetch(`${BASE_URL}${path}`)).text();

    it("passes the backend's answers, and an added handler's that keep to the document", async () => {
      test.worker.use(http.get(`${BASE_URL}/me`, () => HttpResponse.json({ id: 'a@contoso.com', displayName: 'A', roles: ['admin'] })));
      await get('/me');
      await get(`/incidents/${incidentId}`);
      expect(takeContractViolations()).to.deep.equal([]);
    });

    it('catches an added handler that breaks the document, unless it is marked off the contract', async () => {
      test.worker.use(http.get(`${BASE_URL}/me`, () => HttpResponse.json({ id: 7 })));
      await get('/me');
      // Requests the added handler does not match still reach the backend, checked as before.
      await get(`/incidents/${incidentId}`);
      const violations = takeContractViolations();
      expect(violations).to.have.length(1);
      expect(violations[0]).to.match(/^GET \S+\/me → 200: body: .*\/id must be string/);

      test.worker.resetHandlers();
      test.worker.use(...offContract(http.get(`${BASE_URL}/me`, () => HttpResponse.json({ id: 7 }))));
      expect(JSON.parse(await get('/me'))).to.deep.equal({ id: 7 });
      expect(takeContractViolations()).to.deep.equal([]);
    });

    it("checks a client's answers served in the page", async () => {
      const served = checkedFetch(backend.fetch);
      await (await served(`${BASE_URL}/incidents/${incidentId}`)).json();
      expect(takeContractViolations()).to.deep.equal([]);

      const broken = checkedFetch(async () => new Response('{"items": 3}', { headers: { 'Content-Type': 'application/json' } }));
      expect(await (await broken(`${BASE_URL}/assignees`)).text(), 'the page still gets the answer').to.equal('{"items": 3}');
      expect(takeContractViolations()).to.deep.equal([`GET ${new URL(`${BASE_URL}/assignees`, location.href).href} → 200: body: /items must be array`]);
    });
  });
});
