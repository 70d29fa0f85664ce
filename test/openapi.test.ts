import { expect } from '@open-wc/testing';
import * as model from '@soc-kit/components/api';
import { MockBackend } from '@soc-kit/mock-api';
import type { HttpHandler } from 'msw';

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

  it('lists the incident patch fields, and only those', () => {
    const patch = /\n {4}IncidentPatch:\n[\s\S]*?\n {6}properties:\n((?: {8}.*\n)+)/.exec(document);
    expect(patch).to.not.equal(null);
    const fields = [...patch![1].matchAll(/^ {8}(\w+):/gm)].map((match) => match[1]);
    expect(fields).to.deep.equal([...model.INCIDENT_PATCH_FIELDS]);
  });
});
