import { expect } from '@open-wc/testing';
import * as model from '@soc-kit/components/api';
import { LIMITS, MAX_MERGED_ALERTS, MAX_MERGED_INCIDENTS, MAX_MERGED_NAME_LENGTH, MockBackend } from '@soc-kit/mock-api';
import type { HttpHandler } from 'msw';
import { HTTP_METHODS, loadOpenApiContract, type OpenApiDocument, type ParameterObject } from './support/openapi-contract.js';
import { BASE_URL, startTestBackend } from './support/test-backend.js';

/** A schema of the document, as far as these checks read it. */
interface Schema {
  type?: string | string[];
  enum?: string[];
  const?: unknown;
  description?: string;
  maxLength?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  oneOf?: Schema[];
}

/**
 * The OpenAPI document is written by hand; these checks keep it from drifting away from the
 * handlers and the model. They read the parsed document; test/openapi-contract.test.ts checks
 * that responses and examples match its schemas.
 */
describe('openapi.yaml', () => {
  let document: OpenApiDocument;

  before(async () => {
    document = (await loadOpenApiContract()).document;
  });

  function schema(name: string): Schema {
    const found = document.components.schemas[name] as Schema | undefined;
    expect(found, `schema ${name}`).to.be.an('object');
    return found!;
  }

  function property(of: Schema, name: string): Schema {
    const found = of.properties?.[name];
    expect(found, `property ${name}`).to.be.an('object');
    return found!;
  }

  /** The branch of a `oneOf` whose `kind` is `kind`. */
  function branch(of: Schema, kind: string): Schema {
    const found = of.oneOf?.find((candidate) => candidate.properties?.kind?.const === kind);
    expect(found, `branch ${kind}`).to.be.an('object');
    return found!;
  }

  /** A string's limit, or the limit of each string of an array. */
  const maxLength = (declaration: Schema) => declaration.maxLength ?? declaration.items?.maxLength;

  it('is OpenAPI 3.1 served at /api', () => {
    expect(document.openapi).to.match(/^3\.1\.\d+$/);
    expect(document.servers.map((server) => server.url)).to.deep.equal(['/api']);
  });

  it('documents every route the handlers serve, with its method', () => {
    const handlers = new MockBackend({ size: 1 }).handlers as HttpHandler[];
    const routes = handlers
      .map((handler) => ({ method: String(handler.info.method).toLowerCase(), path: String(handler.info.path) }))
      .filter((route) => !route.path.endsWith('/*'));
    expect(routes.length).to.be.greaterThan(25);
    for (const route of routes) {
      const path = route.path.replace(/^\/api/, '').replace(/:(\w+)/g, '{$1}');
      const item = document.paths[path];
      expect(item, `path ${path}`).to.be.an('object');
      expect(item![route.method as (typeof HTTP_METHODS)[number]], `${route.method} ${path}`).to.be.an('object');
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
      expect(schema(name).enum, name).to.deep.equal([...values]);
    }
  });

  it('documents the limits the service enforces', () => {
    const action = schema('AutomationAction');
    const addTask = branch(action, 'addTask');
    const checks: [string, string, number][] = [
      ['IncidentPatch', 'displayName', LIMITS.displayNameLength],
      ['IncidentPatch', 'customTags', LIMITS.tagLength],
      ['IncidentInput', 'displayName', LIMITS.displayNameLength],
      ['IncidentInput', 'description', LIMITS.descriptionLength],
      ['IncidentInput', 'customTags', LIMITS.tagLength],
      ['AutomationRuleDraft', 'displayName', LIMITS.ruleNameLength],
      ['TaskDraft', 'title', LIMITS.taskTitleLength],
      ['TaskDraft', 'description', LIMITS.taskDescriptionLength],
      ['CommentRequest', 'comment', LIMITS.commentLength],
      ['LiveResponseRequest', 'command', LIMITS.liveResponseCommandLength],
    ];
    for (const [name, field, limit] of checks) {
      expect(maxLength(property(schema(name), field)), `${name}.${field}`).to.equal(limit);
    }
    expect(maxLength(property(branch(action, 'modifyProperties'), 'labels')), 'modifyProperties.labels').to.equal(LIMITS.tagLength);
    expect(maxLength(property(addTask, 'title')), 'addTask.title').to.equal(LIMITS.taskTitleLength);
    expect(maxLength(property(addTask, 'description')), 'addTask.description').to.equal(LIMITS.taskDescriptionLength);
    expect(property(schema('IncidentInput'), 'description').type, 'a description is never null').to.equal('string');
    expect(document.info.description).to.match(/maxLength` counts the string as sent, spaces around it included/);
  });

  it('documents If-Match lists, and which classifications an automation action needs', () => {
    const ifMatch = document.paths['/incidents/{id}']!.patch!.parameters!.find(
      (parameter) => (parameter as ParameterObject).name === 'If-Match',
    ) as (ParameterObject & { description: string }) | undefined;
    expect(ifMatch?.in).to.equal('header');
    expect(ifMatch!.description).to.include('any of them').and.include('RFC 9110').and.include('*');
    const modify = branch(schema('AutomationAction'), 'modifyProperties');
    expect(property(modify, 'status').description).to.include('`resolved` needs a `classification`');
    expect(property(modify, 'determination').description).to.include('`truePositive` in the same action');
    expect(property(schema('AutomationRuleDraft'), 'expiration').description).to.match(/must lie in the\s+future/);
  });

  it('documents the 405 with Allow and its error code', () => {
    const response = document.components.responses.MethodNotAllowed!;
    expect(response.headers?.Allow).to.be.an('object');
    const example = response.content?.['application/json']?.example as { error: { code: string } } | undefined;
    expect(example?.error.code).to.equal('methodNotAllowed');
    expect(property(property(schema('Error'), 'error'), 'code').enum).to.include('methodNotAllowed');
  });

  it('answers every method a documented path does not list with 405 and exactly its documented methods in Allow', async () => {
    const documented = Object.entries(document.paths).map(([path, item]) => ({
      path: path.replace(/\{\w+\}/g, 'any-id'),
      allow: HTTP_METHODS.filter((method) => item[method] !== undefined).map((method) => method.toUpperCase()),
    }));
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

  it('documents a saved view: its limits, and a query of every filter, search and sort, without a page', () => {
    const draft = schema('SavedViewDraft') as Schema & { properties: Record<string, Schema & { maxItems?: number }> };
    expect(maxLength(property(draft, 'name'))).to.equal(model.SAVED_VIEW_LIMITS.nameLength);
    expect(draft.properties.columns!.maxItems).to.equal(model.SAVED_VIEW_LIMITS.columns);
    expect(maxLength(property(draft, 'columns'))).to.equal(model.SAVED_VIEW_LIMITS.columnLength);
    const query = Object.keys(schema('SavedViewQuery').properties ?? {});
    expect(query).to.have.members([...model.INCIDENT_QUERY_FIELDS.map((field) => field.name), 'createdWithin', 'sort']);
    expect(schema('SavedViewQuery').properties!.createdWithin!.enum).to.deep.equal([...model.RELATIVE_TIME_RANGES]);
  });

  it('documents the rules of a merge with the limits the service enforces', () => {
    const request = schema('MergeIncidentsRequest') as Schema & { properties: Record<string, Schema & { maxItems?: number; minItems?: number }> };
    expect(request.properties.sourceIds!.minItems).to.equal(1);
    expect(request.properties.sourceIds!.maxItems, 'the sources besides the target').to.equal(MAX_MERGED_INCIDENTS - 1);
    expect(maxLength(property(request, 'displayName'))).to.equal(MAX_MERGED_NAME_LENGTH);
    const merge = document.paths['/incidents/merge']?.post as { description?: string; responses?: Record<string, unknown> } | undefined;
    expect(merge?.description).to.contain(`at most ${MAX_MERGED_INCIDENTS} incidents at once`);
    expect(merge?.description).to.contain(`at most ${MAX_MERGED_ALERTS} alerts`);
    expect(merge?.description).to.contain(`1–${MAX_MERGED_NAME_LENGTH} characters`);
    expect(Object.keys(merge?.responses ?? {})).to.include.members(['200', '400', '403', '404']);
  });

  it('lists the incident patch fields, and only those', () => {
    expect(Object.keys(schema('IncidentPatch').properties ?? {})).to.deep.equal([...model.INCIDENT_PATCH_FIELDS]);
  });
});
