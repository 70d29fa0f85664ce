import { expect } from '@open-wc/testing';
import * as model from '@soc-kit/components/api';
import { LIMITS, MockBackend } from '@soc-kit/mock-api';
import type { HttpHandler } from 'msw';
import { BASE_URL, startTestBackend } from './support/test-backend.js';

/**
 * The OpenAPI document is written by hand; these checks keep it from drifting away from the
 * handlers and the model. Enums are written in flow style (`enum: [a, b]`) so that they can be
 * compared as text without a YAML parser.
 */
describe('openapi.yaml', () => {
  let document: string;

  before(async () => {
    const response = await fetch('/packages/mock-api/openapi.yaml');
    expect(response.ok).to.be.true;
    document = await response.text();
  });

  /** The lines of one path item, from its key to the next path key. */
  function pathItem(path: string): string | undefined {
    const start = document.indexOf(`\n  ${path}:\n`);
    if (start < 0) return undefined;
    const next = document.slice(start + 1).search(/\n {2}\/|\ncomponents:/);
    return document.slice(start, next < 0 ? undefined : start + 1 + next);
  }

  it('is OpenAPI 3.1 served at /api', () => {
    expect(document).to.match(/^openapi: 3\.1\.\d+$/m);
    expect(document).to.match(/^servers:\n {2}- url: \/api$/m);
  });

  it('documents every route the handlers serve, with its method', () => {
    const handlers = new MockBackend({ size: 1 }).handlers as HttpHandler[];
    const routes = handlers
      .map((handler) => ({ method: String(handler.info.method).toLowerCase(), path: String(handler.info.path) }))
      .filter((route) => !route.path.endsWith('/*'));
    expect(routes.length).to.be.greaterThan(25);
    for (const route of routes) {
      const path = route.path.replace(/^\/api/, '').replace(/:(\w+)/g, '{$1}');
      const item = pathItem(path);
      expect(item, `path ${path}`).to.be.a('string');
      expect(item, `${route.method} ${path}`).to.match(new RegExp(`\\n {4}${route.method}:\\n`));
    }
  });

  it('lists every model enum with exactly the model’s values', () => {
    const enums: [string, readonly string[]][] = [
      ['Severity', model.SEVERITIES],
      ['IncidentStatus', model.INCIDENT_STATUSES],
      ['AlertStatus', model.ALERT_STATUSES],
      ['Classification', model.CLASSIFICATIONS],
      ['Determination', model.DETERMINATIONS],
      ['ServiceSource', model.SERVICE_SOURCES],
      ['DetectionSource', model.DETECTION_SOURCES],
      ['InvestigationState', model.INVESTIGATION_STATES],
      ['Tactic', model.TACTICS],
      ['IncidentSortField', model.INCIDENT_SORT_FIELDS],
      ['SortDirection', model.SORT_DIRECTIONS],
      ['Verdict', model.VERDICTS],
      ['RemediationStatus', model.REMEDIATION_STATUSES],
      ['EvidenceRole', model.EVIDENCE_ROLES],
      ['EntityType', model.ENTITY_TYPES],
      ['TimelineKind', model.TIMELINE_KINDS],
      ['RemediationActionType', model.REMEDIATION_ACTION_TYPES],
      ['RemediationActionStatus', model.REMEDIATION_ACTION_STATUSES],
      ['PlaybookTriggerKind', model.PLAYBOOK_TRIGGER_KINDS],
      ['PlaybookRunStatus', model.PLAYBOOK_RUN_STATUSES],
      ['ConditionOperator', model.CONDITION_OPERATORS],
      ['ConditionProperty', model.CONDITION_PROPERTIES],
      ['ChangeProperty', model.CHANGE_PROPERTIES],
      ['TaskStatus', model.TASK_STATUSES],
      ['Role', model.ROLES],
    ];
    for (const [name, values] of enums) {
      const schema = new RegExp(`\\n {4}${name}:\\n(?: {6}.*\\n)*? {6}enum: \\[([^\\]]*)\\]`).exec(document);
      expect(schema, `schema ${name}`).to.not.equal(null);
      expect(schema![1].split(', '), name).to.deep.equal([...values]);
    }
  });

  /** The lines of one schema under `components.schemas`. */
  function schema(name: string): string {
    const start = document.indexOf(`\n    ${name}:\n`);
    expect(start, `schema ${name}`).to.be.greaterThan(0);
    const next = document.slice(start + 1).search(/\n {4}\w+:\n/);
    return document.slice(start, next < 0 ? undefined : start + 1 + next);
  }

  /** A property declared in `text` at `indent` spaces: its line and the more deeply indented lines after it. */
  function property(text: string, name: string, indent = 8): string {
    const declaration = new RegExp(`\\n {${indent}}${name}:.*(?:\\n {${indent + 1},}.*)*`).exec(text);
    expect(declaration, `property ${name}`).to.not.equal(null);
    return declaration![0];
  }

  const maxLength = (declaration: string) => Number(/maxLength: (\d+)/.exec(declaration)?.[1]);

  it('documents the limits the service enforces', () => {
    const action = schema('AutomationAction');
    const addTask = action.slice(action.indexOf('const: addTask'));
    const checks: [string, string, string, number][] = [
      ['IncidentPatch', schema('IncidentPatch'), 'displayName', LIMITS.displayNameLength],
      ['IncidentPatch', schema('IncidentPatch'), 'customTags', LIMITS.tagLength],
      ['IncidentInput', schema('IncidentInput'), 'displayName', LIMITS.displayNameLength],
      ['IncidentInput', schema('IncidentInput'), 'description', LIMITS.descriptionLength],
      ['IncidentInput', schema('IncidentInput'), 'customTags', LIMITS.tagLength],
      ['AutomationRuleDraft', schema('AutomationRuleDraft'), 'displayName', LIMITS.ruleNameLength],
      ['TaskDraft', schema('TaskDraft'), 'title', LIMITS.taskTitleLength],
      ['TaskDraft', schema('TaskDraft'), 'description', LIMITS.taskDescriptionLength],
      ['CommentRequest', schema('CommentRequest'), 'comment', LIMITS.commentLength],
      ['LiveResponseRequest', schema('LiveResponseRequest'), 'command', LIMITS.liveResponseCommandLength],
    ];
    for (const [name, text, field, limit] of checks) {
      expect(maxLength(property(text, field)), `${name}.${field}`).to.equal(limit);
    }
    expect(maxLength(property(action, 'labels', 12)), 'modifyProperties.labels').to.equal(LIMITS.tagLength);
    expect(maxLength(property(addTask, 'title', 12)), 'addTask.title').to.equal(LIMITS.taskTitleLength);
    expect(maxLength(property(addTask, 'description', 12)), 'addTask.description').to.equal(LIMITS.taskDescriptionLength);
    expect(property(schema('IncidentInput'), 'description'), 'a description is never null').not.to.include("'null'");
    expect(document).to.match(/maxLength` counts the string as sent, spaces around it included/);
  });

  it('documents If-Match lists, and which classifications an automation action needs', () => {
    const ifMatch = /\n {8}- name: If-Match\n(?: {10}.*\n)+/.exec(document)?.[0] ?? '';
    expect(ifMatch).to.include('any of them').and.include('RFC 9110').and.include('*');
    const action = schema('AutomationAction');
    expect(property(action, 'status', 12)).to.include('`resolved` needs a `classification`');
    expect(property(action, 'determination', 12)).to.include('`truePositive` in the same action');
    expect(property(schema('AutomationRuleDraft'), 'expiration')).to.match(/must lie in the\s+future/);
  });

  it('documents the 405 with Allow and its error code', () => {
    const response = /\n {4}MethodNotAllowed:\n(?: {6}.*\n)+/.exec(document)?.[0] ?? '';
    expect(response).to.include('Allow:');
    expect(response).to.include('code: methodNotAllowed');
    expect(schema('Error')).to.match(/enum: \[[^\]]*\bmethodNotAllowed\b[^\]]*\]/);
  });

  it('answers every method a documented path does not list with 405 and exactly its documented methods in Allow', async () => {
    const documented = [...document.matchAll(/\n {2}(\/[^\n]*):\n/g)].map((match) => {
      const item = pathItem(match[1]!)!;
      const methods = ['get', 'post', 'put', 'patch', 'delete'].filter((method) => item.includes(`\n    ${method}:\n`));
      return { path: match[1]!.replace(/\{\w+\}/g, 'any-id'), allow: methods.map((method) => method.toUpperCase()) };
    });
    expect(documented.length).to.be.greaterThan(20);
    const test = await startTestBackend();
    try {
      for (const { path, allow } of documented) {
        for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((candidate) => !allow.includes(candidate))) {
          const response = await fetch(`${BASE_URL}${path}`, { method });
          expect(response.status, `${method} ${path}`).to.equal(405);
          expect(response.headers.get('Allow'), `${method} ${path}`).to.equal(allow.join(', '));
          expect(((await response.json()) as { error: { code: string } }).error.code).to.equal('methodNotAllowed');
        }
      }
    } finally {
      await test.worker.stop();
    }
  });

  it('lists the incident patch fields, and only those', () => {
    const patch = /\n {4}IncidentPatch:\n[\s\S]*?\n {6}properties:\n((?: {8}.*\n)+)/.exec(document);
    expect(patch).to.not.equal(null);
    const fields = [...patch![1].matchAll(/^ {8}(\w+):/gm)].map((match) => match[1]);
    expect(fields).to.deep.equal([...model.INCIDENT_PATCH_FIELDS]);
  });
});
