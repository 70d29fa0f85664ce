import { expect } from '@open-wc/testing';
import type { Incident } from '@soc-kit/components/api';
import type { ErrorBody } from '@soc-kit/mock-api';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from './support/test-backend.js';

interface RawResult {
  status: number;
  headers: Headers;
  body: unknown;
}

async function send(method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<RawResult> {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

const sendJson = (method: string, path: string, value: unknown, headers?: Record<string, string>) =>
  send(method, path, JSON.stringify(value), headers);

function expectError(result: RawResult, status: number, code: string, field?: string): ErrorBody['error'] {
  expect(result.status, JSON.stringify(result.body)).to.equal(status);
  expect(result.headers.get('Content-Type')).to.match(/^application\/json/);
  const { error } = result.body as ErrorBody;
  expect(error.code).to.equal(code);
  expect(error.message).to.be.a('string').and.match(/\.$/);
  expect(error.message).not.to.match(/\bat .*:\d+:\d+/, 'no stack trace');
  if (field !== undefined) expect(error.field).to.equal(field);
  return error;
}

describe('REST API: bad input is refused and changes nothing', () => {
  let test: TestBackend;
  let incident: Incident;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());

  beforeEach(async () => {
    freshState(test);
    incident = (await test.backend.service.listIncidents({ top: 1 })).items[0];
  });

  /** Everything a rejected write could have touched. */
  async function snapshot() {
    const { service } = test.backend;
    return JSON.stringify({
      incident: await service.getIncident(incident.id),
      comments: await service.listComments(incident.id),
      activity: await service.listActivity(incident.id),
      tasks: await service.listTasks(incident.id),
      rules: await service.listAutomationRules(),
      journal: service.journal,
    });
  }

  async function expectUnchanged(request: () => Promise<RawResult>): Promise<RawResult> {
    const before = await snapshot();
    const result = await request();
    expect(await snapshot()).to.equal(before);
    return result;
  }

  describe('PATCH /incidents/{id}', () => {
    it('refuses malformed JSON', async () => {
      const result = await expectUnchanged(() => send('PATCH', `/incidents/${incident.id}`, '{"severity": "high"'));
      expectError(result, 400, 'validation', 'body');
    });

    it('refuses a body that is not an object', async () => {
      const result = await expectUnchanged(() => sendJson('PATCH', `/incidents/${incident.id}`, ['high']));
      expectError(result, 400, 'validation');
    });

    it('refuses an unknown enum value', async () => {
      const result = await expectUnchanged(() => sendJson('PATCH', `/incidents/${incident.id}`, { severity: 'critical' }));
      expectError(result, 400, 'validation', 'severity');
    });

    it('refuses a wrong JSON type', async () => {
      const tags = await expectUnchanged(() => sendJson('PATCH', `/incidents/${incident.id}`, { customTags: 'one,two' }));
      expectError(tags, 400, 'validation', 'customTags');
      const name = await expectUnchanged(() => sendJson('PATCH', `/incidents/${incident.id}`, { displayName: 42 }));
      expectError(name, 400, 'validation', 'displayName');
      const tag = await expectUnchanged(() => sendJson('PATCH', `/incidents/${incident.id}`, { customTags: ['ok', 7] }));
      expectError(tag, 400, 'validation', 'customTags[1]');
    });

    it('refuses an unknown field, even beside valid ones', async () => {
      const result = await expectUnchanged(() =>
        sendJson('PATCH', `/incidents/${incident.id}`, { severity: 'low', title: 'Not a patch field' }),
      );
      expectError(result, 400, 'validation', 'title');
    });

    it('refuses a read-only field', async () => {
      const result = await expectUnchanged(() => sendJson('PATCH', `/incidents/${incident.id}`, { etag: 'x' }));
      expectError(result, 400, 'validation', 'etag');
    });

    it('refuses a resolving comment over 30,000 characters', async () => {
      const result = await expectUnchanged(() =>
        sendJson('PATCH', `/incidents/${incident.id}`, { resolvingComment: 'x'.repeat(30_001) }),
      );
      expectError(result, 400, 'validation', 'resolvingComment');
    });

    it('answers 404 for an unknown incident', async () => {
      const result = await expectUnchanged(() => sendJson('PATCH', '/incidents/no-such-incident', { severity: 'low' }));
      expectError(result, 404, 'notFound');
    });

    it('answers 403 to a reader', async () => {
      test.backend.setScenario({ role: 'reader' });
      const result = await expectUnchanged(() => sendJson('PATCH', `/incidents/${incident.id}`, { severity: 'low' }));
      expectError(result, 403, 'forbidden');
    });

    it('answers 409 with the current incident for a stale If-Match', async () => {
      const result = await expectUnchanged(() =>
        sendJson('PATCH', `/incidents/${incident.id}`, { severity: 'low' }, { 'If-Match': '"stale-version"' }),
      );
      const error = expectError(result, 409, 'conflict');
      expect(error.current).to.deep.equal(incident);
      expect(result.headers.get('ETag')).to.equal(incident.etag);
    });

    it('accepts the current If-Match, quoted or bare', async () => {
      const quoted = await sendJson('PATCH', `/incidents/${incident.id}`, { severity: 'low' }, { 'If-Match': incident.etag });
      expect(quoted.status).to.equal(200);
      const fresh = quoted.body as Incident;
      expect(quoted.headers.get('ETag')).to.equal(fresh.etag);
      const bare = await sendJson('PATCH', `/incidents/${incident.id}`, { severity: 'high' }, {
        'If-Match': fresh.etag.replace(/"/g, ''),
      });
      expect(bare.status).to.equal(200);
    });

    it('honours an If-Match list: any listed entity tag that is current passes', async () => {
      const lists = [(etag: string) => `${etag}, "x"`, (etag: string) => `"x", ${etag}`, (etag: string) => `W/"x",${etag}, , "y"`];
      for (const [index, list] of lists.entries()) {
        const header = list(incident.etag);
        const result = await sendJson('PATCH', `/incidents/${incident.id}`, { customTags: [`list ${index}`] }, { 'If-Match': header });
        expect(result.status, `If-Match: ${header}`).to.equal(200);
        incident = result.body as Incident;
        expect(incident.customTags).to.deep.equal([`list ${index}`]);
      }
      const any = await sendJson('PATCH', `/incidents/${incident.id}`, { severity: 'low' }, { 'If-Match': '*' });
      expect(any.status).to.equal(200);
    });

    it('answers 409 when no tag of an If-Match list is current', async () => {
      const result = await expectUnchanged(() =>
        sendJson('PATCH', `/incidents/${incident.id}`, { severity: 'low' }, { 'If-Match': '"stale", "also-stale"' }),
      );
      expect(expectError(result, 409, 'conflict').current).to.deep.equal(incident);
    });

    it('refuses an If-Match header that is not * or a list of entity tags', async () => {
      for (const header of ['"a" "b"', `*, ${incident.etag}`, ' , ', `${incident.etag}x"`]) {
        const result = await expectUnchanged(() =>
          sendJson('PATCH', `/incidents/${incident.id}`, { severity: 'low' }, { 'If-Match': header }),
        );
        expectError(result, 400, 'validation', 'If-Match');
      }
    });

    it('refuses a display name padded past 256 characters, counting the spaces', async () => {
      const padded = `${' '.repeat(2_500)}Ransomware on the file server${' '.repeat(2_500)}`;
      const result = await expectUnchanged(() => sendJson('PATCH', `/incidents/${incident.id}`, { displayName: padded }));
      const error = expectError(result, 400, 'validation', 'displayName');
      expect(error.message).to.include('256').and.include('spaces');
      const bulk = await expectUnchanged(() =>
        sendJson('POST', '/incidents/bulk-update', { ids: [incident.id], patch: { displayName: padded } }),
      );
      expectError(bulk, 400, 'validation', 'patch.displayName');
      const tag = await expectUnchanged(() =>
        sendJson('PATCH', `/incidents/${incident.id}`, { customTags: ['ok', `${' '.repeat(60)}Phishing${' '.repeat(60)}`] }),
      );
      expect(expectError(tag, 400, 'validation', 'customTags').message).to.include('64').and.include('spaces');
    });

    it('refuses a description, null or not: an incident patch cannot change it', async () => {
      const result = await expectUnchanged(() => sendJson('PATCH', `/incidents/${incident.id}`, { description: null }));
      expectError(result, 400, 'validation', 'description');
      const bulk = await expectUnchanged(() =>
        sendJson('POST', '/incidents/bulk-update', { ids: [incident.id], patch: { description: null } }),
      );
      expectError(bulk, 400, 'validation', 'patch.description');
    });
  });

  describe('POST /incidents', () => {
    it('refuses a null description rather than storing an empty one', async () => {
      const result = await expectUnchanged(() => sendJson('POST', '/incidents', { displayName: 'Null description', description: null }));
      const error = expectError(result, 400, 'validation', 'description');
      expect(error.message).to.include('null');
      const alert = await expectUnchanged(() =>
        sendJson('POST', '/incidents', { displayName: 'Null alert description', alerts: [{ title: 'A', description: null }] }),
      );
      expectError(alert, 400, 'validation', 'alerts[0].description');
    });

    it('refuses a display name padded with 5,000 spaces', async () => {
      const padded = `${' '.repeat(5_000)}Padded incident`;
      const result = await expectUnchanged(() => sendJson('POST', '/incidents', { displayName: padded }));
      const error = expectError(result, 400, 'validation', 'displayName');
      expect(error.message).to.include('256').and.include('5,015').and.include('spaces');
    });
  });

  describe('POST /incidents/{id}/comments', () => {
    it('accepts 30,000 characters and refuses 30,001', async () => {
      const tooLong = await expectUnchanged(() =>
        sendJson('POST', `/incidents/${incident.id}/comments`, { comment: 'y'.repeat(30_001) }),
      );
      const error = expectError(tooLong, 400, 'validation', 'comment');
      expect(error.message).to.include('30,000');

      const longest = await sendJson('POST', `/incidents/${incident.id}/comments`, { comment: 'y'.repeat(30_000) });
      expect(longest.status).to.equal(201);
      const comments = await test.backend.service.listComments(incident.id);
      expect(comments.some((c) => c.comment.length === 30_000)).to.be.true;
    });

    it('refuses a missing, empty or non-string comment', async () => {
      for (const body of [{}, { comment: '' }, { comment: '   ' }, { comment: ['a'] }, { text: 'hi' }]) {
        const result = await expectUnchanged(() => sendJson('POST', `/incidents/${incident.id}/comments`, body));
        expectError(result, 400, 'validation');
      }
    });

    it('answers 404 for an unknown incident', async () => {
      const result = await expectUnchanged(() => sendJson('POST', '/incidents/no-such-incident/comments', { comment: 'Hi' }));
      expectError(result, 404, 'notFound');
    });
  });

  describe('other bodies', () => {
    it('refuses a bulk update with bad ids or a bad patch', async () => {
      const bodies = [
        { ids: incident.id, patch: {} },
        { ids: [], patch: {} },
        { ids: [incident.id], patch: { status: 'closed' } },
        { ids: [incident.id] },
      ];
      for (const body of bodies) {
        const result = await expectUnchanged(() => sendJson('POST', '/incidents/bulk-update', body));
        expectError(result, 400, 'validation');
      }
    });

    it('refuses an unknown remediation type and a bad decision', async () => {
      const entity = (await test.backend.service.listEvidence(incident.id))[0];
      const type = await expectUnchanged(() => sendJson('POST', `/entities/${entity.id}/remediation`, { type: 'format' }));
      expectError(type, 400, 'validation', 'type');
      const decision = await expectUnchanged(() =>
        sendJson('POST', '/remediation-actions/any/decision', { decision: 'maybe' }),
      );
      expectError(decision, 400, 'validation', 'decision');
    });

    it('refuses a playbook run with a bad target', async () => {
      const result = await expectUnchanged(() =>
        sendJson('POST', '/playbooks/any/runs', { target: { kind: 'tenant', id: incident.id } }),
      );
      expectError(result, 400, 'validation', 'target.kind');
    });

    it('refuses an automation rule with a bad condition, naming its place', async () => {
      const result = await expectUnchanged(() =>
        sendJson('POST', '/automation-rules', {
          displayName: 'Bad rule',
          order: 1,
          enabled: true,
          triggersOn: 'incidents',
          triggersWhen: 'created',
          conditions: [{ kind: 'property', property: 'title', operator: 'like', values: ['x'] }],
          actions: [],
        }),
      );
      expectError(result, 400, 'validation', 'conditions[0].operator');
    });

    describe('automation rule actions that could never apply', () => {
      beforeEach(() => test.backend.setScenario({ role: 'admin' }));

      const ruleWith = (overrides: Record<string, unknown>) => ({
        displayName: 'Close test incidents',
        order: 1,
        enabled: true,
        triggersOn: 'incidents',
        triggersWhen: 'created',
        conditions: [],
        actions: [{ kind: 'modifyProperties', labels: ['auto'] }],
        ...overrides,
      });
      const cases: [string, Record<string, unknown>, string][] = [
        ['resolving without a classification', { actions: [{ kind: 'modifyProperties', status: 'resolved' }] }, 'actions[0].classification'],
        [
          'a determination for a false positive',
          { actions: [{ kind: 'addTask', title: 'Check' }, { kind: 'modifyProperties', status: 'resolved', classification: 'falsePositive', determination: 'malware' }] },
          'actions[1].determination',
        ],
        ['an expiration in the past', { expiration: '2020-01-01T00:00:00Z' }, 'expiration'],
      ];
      for (const [what, overrides, field] of cases) {
        it(`refuses ${what} on create and on replace, naming "${field}"`, async () => {
          const existing = (await test.backend.service.listAutomationRules())[0];
          const created = await expectUnchanged(() => sendJson('POST', '/automation-rules', ruleWith(overrides)));
          expectError(created, 400, 'validation', field);
          const replaced = await expectUnchanged(() =>
            sendJson('PUT', `/automation-rules/${existing.id}`, ruleWith({ ...overrides, id: existing.id })),
          );
          expectError(replaced, 400, 'validation', field);
        });
      }

      it('refuses a rule name or task title padded past its limit', async () => {
        const padded = `${' '.repeat(2_500)}Rule${' '.repeat(2_500)}`;
        const name = await expectUnchanged(() => sendJson('POST', '/automation-rules', ruleWith({ displayName: padded })));
        expectError(name, 400, 'validation', 'displayName');
        const title = await expectUnchanged(() =>
          sendJson('POST', '/automation-rules', ruleWith({ actions: [{ kind: 'addTask', title: padded }] })),
        );
        expectError(title, 400, 'validation', 'actions[0].title');
        const task = await expectUnchanged(() => sendJson('POST', `/incidents/${incident.id}/tasks`, { title: padded }));
        expectError(task, 400, 'validation', 'title');
      });
    });

    it('refuses a task without a title or with an unknown status', async () => {
      const untitled = await expectUnchanged(() => sendJson('POST', `/incidents/${incident.id}/tasks`, { status: 'new' }));
      expectError(untitled, 400, 'validation', 'title');
      const status = await expectUnchanged(() =>
        sendJson('POST', `/incidents/${incident.id}/tasks`, { title: 'Check', status: 'doing' }),
      );
      expectError(status, 400, 'validation', 'status');
    });

    it('refuses an ingested incident that is not an object or has a bad severity', async () => {
      const before = (await test.backend.service.listIncidents({})).totalCount;
      expectError(await send('POST', '/incidents', 'not json'), 400, 'validation', 'body');
      expectError(await sendJson('POST', '/incidents', { displayName: 'X', severity: 'severe' }), 400, 'validation', 'severity');
      expect((await test.backend.service.listIncidents({})).totalCount).to.equal(before);
    });
  });

  describe('query strings', () => {
    const badQueries: [string, string][] = [
      ['status=bogus', 'status'],
      ['status=active&status=bogus', 'status'],
      ['severity=critical', 'severity'],
      ['top=0', 'top'],
      ['top=501', 'top'],
      ['top=ten', 'top'],
      ['skip=-1', 'skip'],
      ['sort=colour', 'sort'],
      ['sort=severity&order=up', 'order'],
      ['order=asc', 'order'],
      ['createdAfter=yesterday', 'createdAfter'],
      ['search=a&search=b', 'search'],
      ['osPlatforms=Windows95', 'osPlatforms'],
      ['investigationState=done', 'investigationState'],
      ['sensitivityLabels=Top%20secret', 'sensitivityLabels'],
      ['pageSize=10', 'pageSize'],
    ];
    for (const [query, field] of badQueries) {
      it(`GET /incidents?${query} is a 400 naming "${field}"`, async () => {
        expectError(await send('GET', `/incidents?${query}`), 400, 'validation', field);
      });
    }

    it('refuses a timeline query without its range or with a bad kind', async () => {
      const entity = (await test.backend.service.listEvidence(incident.id))[0];
      const path = `/entities/${entity.id}/timeline`;
      expectError(await send('GET', `${path}?to=2024-06-01T00:00:00Z`), 400, 'validation', 'from');
      expectError(
        await send('GET', `${path}?from=2024-05-01T00:00:00Z&to=2024-06-01T00:00:00Z&kinds=noise`),
        400,
        'validation',
        'kinds',
      );
      expectError(
        await send('GET', `${path}?from=2024-05-01T00:00:00Z&to=2024-06-01T00:00:00Z&limit=5000`),
        400,
        'validation',
        'limit',
      );
    });

    it('refuses bad remediation and playbook-run filters', async () => {
      expectError(await send('GET', '/remediation-actions?status=done'), 400, 'validation', 'status');
      expectError(await send('GET', '/playbook-runs?targetKind=incident'), 400, 'validation', 'targetId');
      expectError(await send('GET', `/playbook-runs?targetKind=team&targetId=${incident.id}`), 400, 'validation', 'targetKind');
    });
  });

  describe('failures of the backend itself', () => {
    it('answers 500 without internals when the service throws unexpectedly', async () => {
      const { service } = test.backend;
      const logged: unknown[] = [];
      const originalError = console.error;
      service.listPlaybooks = () => {
        throw new Error('internal detail at service.ts:12:34');
      };
      console.error = (...args: unknown[]) => logged.push(args);
      try {
        const result = await send('GET', '/playbooks');
        expectError(result, 500, 'server');
        expect(JSON.stringify(result.body)).not.to.include('internal detail');
      } finally {
        console.error = originalError;
      }
      expect(logged, 'the cause is logged for developers').to.have.length(1);
    });

    it('changes nothing when a write is throttled, fails, or the network is down', async () => {
      for (const scenario of [{ throttled: true }, { errorRate: 1 }]) {
        test.backend.setScenario(scenario);
        const result = await expectUnchanged(() => sendJson('PATCH', `/incidents/${incident.id}`, { severity: 'low' }));
        expect(result.status).to.be.oneOf([429, 500]);
        test.backend.setScenario({ throttled: false, errorRate: 0 });
      }
      test.backend.setScenario({ offline: true });
      const offline = await expectUnchanged(() =>
        sendJson('PATCH', `/incidents/${incident.id}`, { severity: 'low' }).catch(() => ({
          status: 0,
          headers: new Headers(),
          body: undefined,
        })),
      );
      expect(offline.status, 'a network error, not a response').to.equal(0);
    });
  });

  describe('unknown things', () => {
    it('answers a JSON 404 for an unknown incident, alert and entity', async () => {
      expectError(await send('GET', '/incidents/no-such-incident'), 404, 'notFound');
      expectError(await send('GET', '/alerts/no-such-alert'), 404, 'notFound');
      expectError(await send('GET', '/entities/no-such-entity'), 404, 'notFound');
    });

    it('answers a JSON 404 for an unknown path under the base URL, whatever the method', async () => {
      expectError(await send('GET', '/widgets'), 404, 'notFound');
      const error = expectError(await expectUnchanged(() => send('DELETE', '/widgets/1')), 404, 'notFound');
      expect(error.message).to.include('DELETE');
      expectError(await send('GET', `/incidents/${incident.id}/widgets`), 404, 'notFound');
    });

    it('answers 405 with Allow for a method a known path does not serve, and changes nothing', async () => {
      for (const method of ['DELETE', 'PUT', 'POST']) {
        const result = await expectUnchanged(() => sendJson(method, `/incidents/${incident.id}`, { severity: 'low' }));
        const error = expectError(result, 405, 'methodNotAllowed');
        expect(result.headers.get('Allow')).to.equal('GET, PATCH');
        expect(error.message).to.include(method).and.include('GET, PATCH');
      }
      const rule = (await test.backend.service.listAutomationRules())[0];
      const get = await send('GET', `/automation-rules/${rule.id}`);
      expectError(get, 405, 'methodNotAllowed');
      expect(get.headers.get('Allow')).to.equal('PUT, DELETE');
      for (const path of ['/automation-rules', '/automation-rules/']) {
        const list = await expectUnchanged(() => send('DELETE', path));
        expectError(list, 405, 'methodNotAllowed');
        expect(list.headers.get('Allow')).to.equal('GET, POST');
      }
    });

    it('takes a fixed path for itself, not for an id of its neighbour', async () => {
      for (const method of ['GET', 'PATCH']) {
        const result = await expectUnchanged(() => send(method, '/incidents/bulk-update'));
        expectError(result, 405, 'methodNotAllowed');
        expect(result.headers.get('Allow')).to.equal('POST');
      }
    });

    it('answers 405 through the scenario, as every endpoint does', async () => {
      test.backend.setScenario({ throttled: true });
      expect((await send('DELETE', `/incidents/${incident.id}`)).status).to.equal(429);
    });
  });
});
