import { expect } from '@open-wc/testing';
import { HttpIncidentApi, type SimilarIncident } from '@soc-kit/components/api';
import type { ErrorBody } from '@soc-kit/mock-api';
import { failure, send } from './support/rest-calls.js';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from './support/test-backend.js';

const summary = (list: readonly SimilarIncident[]) => list.map(({ incident, reasons, score }) => ({ id: incident.id, reasons, score }));

/**
 * The similar-incidents endpoint over the real service worker, through `HttpIncidentApi` and raw
 * requests; every answer is checked against openapi.yaml by the test backend.
 */
describe('REST API: similar incidents', () => {
  let test: TestBackend;
  let api: HttpIncidentApi;
  let incidentId: string;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(async () => {
    freshState(test);
    api = new HttpIncidentApi({ baseUrl: BASE_URL });
    incidentId = (await test.backend.service.listIncidents({ top: 1 })).items[0]!.id;
  });

  it('answers what the service finds, ten by default and `top` when given', async () => {
    const expected = await test.backend.service.listSimilarIncidents(incidentId, { top: 50 });
    expect(expected.length, 'similar incidents in the test tenant').to.be.greaterThan(3);

    const raw = await send('GET', `/incidents/${incidentId}/similar`);
    expect(raw.status).to.equal(200);
    expect(summary((raw.body as { items: SimilarIncident[] }).items)).to.deep.equal(summary(expected.slice(0, 10)));

    const three = await api.listSimilarIncidents(incidentId, { top: 3 });
    expect(summary(three)).to.deep.equal(summary(expected.slice(0, 3)));
    expect(three[0]!.incident).to.have.property('etag').that.is.a('string');
    expect(summary(await api.listSimilarIncidents(incidentId))).to.deep.equal(summary(expected.slice(0, 10)));
  });

  it('refuses a bad `top` or an unknown parameter with 400 naming it, and an unknown incident with 404', async () => {
    for (const [query, field] of [
      ['top=0', 'top'],
      ['top=51', 'top'],
      ['top=ten', 'top'],
      ['top=1&top=2', 'top'],
      ['first=3', 'first'],
    ] as const) {
      const result = await send('GET', `/incidents/${incidentId}/similar?${query}`);
      expect(result.status, query).to.equal(400);
      expect((result.body as ErrorBody).error, query).to.include({ code: 'validation', field });
    }
    expect((await send('GET', '/incidents/999999/similar')).status).to.equal(404);

    const tooMany = await failure(api.listSimilarIncidents(incidentId, { top: 51 }));
    expect([tooMany.kind, tooMany.status, tooMany.field]).to.deep.equal(['validation', 400, 'top']);
    const missing = await failure(api.listSimilarIncidents('999999'));
    expect([missing.kind, missing.status]).to.deep.equal(['notFound', 404]);
  });
});
