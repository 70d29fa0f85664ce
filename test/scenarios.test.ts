import { expect } from '@open-wc/testing';
import { ApiError, HttpIncidentApi } from '@soc-kit/components/api';
import {
  DEFAULT_SCENARIO,
  mergeScenario,
  MockBackend,
  SCENARIO_PRESETS,
  seededRandom,
  ServiceError,
} from '@soc-kit/mock-api';
import { BASE_URL, freshState, startTestBackend, TEST_NOW, TEST_SEED, type TestBackend } from './support/test-backend.js';

function validationField(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(ServiceError);
    expect((error as ServiceError).code).to.equal('validation');
    return (error as ServiceError).details.field;
  }
  throw new Error('Expected a validation error.');
}

describe('scenarios', () => {
  describe('mergeScenario', () => {
    it('merges valid changes over the base and leaves the base alone', () => {
      const next = mergeScenario(DEFAULT_SCENARIO, { latencyMs: 300, role: 'admin' });
      expect(next).to.deep.equal({ ...DEFAULT_SCENARIO, latencyMs: 300, role: 'admin' });
      expect(DEFAULT_SCENARIO.latencyMs).to.equal(0);
    });

    it('refuses out-of-range, mistyped and unknown settings, naming them', () => {
      expect(validationField(() => mergeScenario(DEFAULT_SCENARIO, { latencyMs: 10_001 }))).to.equal('latencyMs');
      expect(validationField(() => mergeScenario(DEFAULT_SCENARIO, { latencyMs: -1 }))).to.equal('latencyMs');
      expect(validationField(() => mergeScenario(DEFAULT_SCENARIO, { errorRate: 1.5 }))).to.equal('errorRate');
      expect(validationField(() => mergeScenario(DEFAULT_SCENARIO, { errorRate: Number.NaN }))).to.equal('errorRate');
      expect(validationField(() => mergeScenario(DEFAULT_SCENARIO, { offline: 'yes' }))).to.equal('offline');
      expect(validationField(() => mergeScenario(DEFAULT_SCENARIO, { role: 'root' }))).to.equal('role');
      expect(validationField(() => mergeScenario(DEFAULT_SCENARIO, { speed: 1 }))).to.equal('speed');
      expect(validationField(() => mergeScenario(DEFAULT_SCENARIO, null))).to.equal('scenario');
    });

    it('has presets that are all valid scenarios', () => {
      for (const preset of Object.values(SCENARIO_PRESETS)) {
        expect(() => mergeScenario(DEFAULT_SCENARIO, preset)).not.to.throw();
      }
    });
  });

  describe('seededRandom', () => {
    it('repeats for a seed, differs across seeds, and stays in [0, 1)', () => {
      const a = seededRandom(42);
      const b = seededRandom(42);
      const c = seededRandom(43);
      const first = Array.from({ length: 100 }, a);
      expect(Array.from({ length: 100 }, b)).to.deep.equal(first);
      expect(Array.from({ length: 100 }, c)).not.to.deep.equal(first);
      expect(first.every((x) => x >= 0 && x < 1)).to.be.true;
    });
  });

  describe('over HTTP', () => {
    let test: TestBackend;
    let api: HttpIncidentApi;

    before(async () => {
      test = await startTestBackend();
    });
    after(() => test.worker.stop());
    beforeEach(() => {
      freshState(test);
      api = new HttpIncidentApi({ baseUrl: BASE_URL });
    });

    it('throttled: every request answers 429 with Retry-After: 2', async () => {
      test.backend.setScenario({ throttled: true });
      const response = await fetch(`${BASE_URL}/incidents`);
      expect(response.status).to.equal(429);
      expect(response.headers.get('Retry-After')).to.equal('2');
      expect((await response.json()).error.code).to.equal('throttled');
    });

    it('offline: requests fail at the network level, unknown routes too', async () => {
      test.backend.setScenario({ offline: true });
      for (const path of ['/incidents', '/no-such-route']) {
        let failed: unknown;
        await fetch(`${BASE_URL}${path}`).catch((error: unknown) => {
          failed = error;
        });
        expect(failed, path).to.be.instanceOf(TypeError);
      }
    });

    it('errorRate: fails a share of requests, and the same seed fails the same ones', async () => {
      const outcomes = async (backend: MockBackend) => {
        const results: boolean[] = [];
        for (let i = 0; i < 40; i++) results.push(backend.injectFailure());
        return results;
      };
      const options = { seed: TEST_SEED, size: 5, now: TEST_NOW, scenario: { errorRate: 0.5 }, failureSeed: 9 };
      const first = await outcomes(new MockBackend(options));
      expect(await outcomes(new MockBackend(options))).to.deep.equal(first);
      const failures = first.filter(Boolean).length;
      expect(failures).to.be.within(8, 32);

      test.backend.setScenario({ errorRate: 0.5 });
      const kinds = new Set<string>();
      for (let i = 0; i < 30; i++) {
        await api.listPlaybooks().then(
          () => kinds.add('ok'),
          (error: ApiError) => kinds.add(error.kind),
        );
      }
      expect([...kinds].sort()).to.deep.equal(['ok', 'server']);
    });

    it('role: writes are done as the scenario’s person, and the change shows at once', async () => {
      const incident = (await api.listIncidents({ top: 1 })).items[0];
      test.backend.setScenario({ role: 'admin' });
      const admin = await api.whoAmI();
      expect(admin.roles).to.include('admin');
      const comment = await api.addComment(incident.id, 'As the admin.');
      expect(comment.createdBy).to.equal(admin.id);
    });

    it('reset: regenerates the data without registering handlers again', async () => {
      const incident = (await api.listIncidents({ top: 1 })).items[0];
      await api.updateIncident(incident.id, { displayName: 'Before reset' });
      test.backend.reset({ size: 12 });
      const page = await api.listIncidents({ top: 500 });
      expect(page.totalCount).to.equal(12);
      expect(page.items.map((i) => i.displayName)).not.to.include('Before reset');
      expect(test.backend.service.journal).to.have.length(0);
    });

    it('announces scenario changes and resets', () => {
      const events: string[] = [];
      const record = (event: Event) => events.push(event.type);
      test.backend.addEventListener('change', record);
      test.backend.setScenario({ latencyMs: 10 });
      test.backend.reset();
      test.backend.removeEventListener('change', record);
      expect(events).to.deep.equal(['change', 'change']);
    });

    it('refuses a bad scenario change and keeps the old one', () => {
      expect(validationField(() => test.backend.setScenario({ errorRate: 2 }))).to.equal('errorRate');
      expect(test.backend.scenario).to.deep.equal(DEFAULT_SCENARIO);
    });
  });
});
