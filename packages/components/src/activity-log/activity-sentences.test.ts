import { expect } from '@open-wc/testing';
import type { ActivityEntry, Comment } from '../api/model.js';
import { actorKindOf, buildLog, filterLog, withComment } from './activity-items.js';
import { Localizer } from '../i18n/localizer.js';
import { changeSentence, entrySentences, sentenceText } from './activity-sentences.js';
import { activityLogCatalog } from './messages.js';

const en = new Localizer(activityLogCatalog, 'en');
const say = (change: Parameters<typeof changeSentence>[0]) => sentenceText(changeSentence(change, en));
const sentencesOf = (fields: ActivityEntry) => entrySentences(fields, en).map(sentenceText);

const entry = (fields: Partial<ActivityEntry>): ActivityEntry => ({
  id: 'a',
  incidentId: '1',
  actor: 'alex.wilber@contoso.com',
  time: '2024-06-01T10:00:00Z',
  action: 'updated',
  changes: [],
  ...fields,
});

const comment = (id: string, time: string, text = 'Looked at it.'): Comment => ({
  id,
  incidentId: '1',
  comment: text,
  createdBy: 'megan.bowen@contoso.com',
  createdDateTime: time,
});

describe('activity sentences', () => {
  it('names enum values in the portal’s words', () => {
    expect(say({ field: 'status', from: 'active', to: 'inProgress' })).to.equal(
      'Status changed from Active to In progress',
    );
    expect(say({ field: 'severity', from: 'low', to: 'high' })).to.equal('Severity changed from Low to High');
    expect(say({ field: 'classification', from: 'unknown', to: 'truePositive' })).to.equal(
      'Classification changed from Not set to True positive',
    );
    expect(say({ field: 'determination', from: 'unknown', to: 'multiStagedAttack' })).to.equal(
      'Determination changed from Not set to Multistage attack',
    );
    expect(say({ field: 'investigationState', from: 'running', to: 'pendingApproval' })).to.equal(
      'Investigation state changed from Running to Pending approval',
    );
  });

  it('says who an incident was assigned to, from and by', () => {
    expect(say({ field: 'assignedTo', from: null, to: 'a@contoso.com' })).to.equal('Assigned to a@contoso.com');
    expect(say({ field: 'assignedTo', from: 'a@contoso.com', to: null })).to.equal('Unassigned from a@contoso.com');
    expect(say({ field: 'assignedTo', from: 'a@contoso.com', to: 'b@contoso.com' })).to.equal(
      'Reassigned from a@contoso.com to b@contoso.com',
    );
  });

  it('lists the tags added and removed', () => {
    expect(say({ field: 'customTags', from: ['A', 'B'], to: ['B', 'C', 'D'] })).to.equal(
      'Tags added: C, D; Tags removed: A',
    );
    expect(say({ field: 'customTags', from: [], to: ['Phishing'] })).to.equal('Tags added: Phishing');
  });

  it('quotes free text, and says when a value was set or cleared', () => {
    expect(say({ field: 'displayName', from: 'Old', to: 'New' })).to.equal(
      'Incident name changed from "Old" to "New"',
    );
    expect(say({ field: 'resolvingComment', from: null, to: 'Done.' })).to.equal(
      'Resolving comment set to "Done."',
    );
    expect(say({ field: 'resolvingComment', from: 'Done.', to: null })).to.equal(
      'Resolving comment cleared (was "Done.")',
    );
  });

  it('spells out a field it does not know', () => {
    expect(say({ field: 'task.dueDate', from: 1, to: 2 })).to.equal('Task due date changed from 1 to 2');
    expect(say({ field: 'riskScore', from: 'x', to: { level: 3 } })).to.equal(
      'Risk score changed from x to {"level":3}',
    );
  });

  it('puts the detail first and leaves out a task status the detail already says', () => {
    const completed = entry({
      action: 'task',
      detail: 'Task completed: Reset passwords',
      changes: [{ field: 'task.status', from: 'new', to: 'completed' }],
    });
    expect(sentencesOf(completed)).to.deep.equal(['Task completed: Reset passwords']);

    const renamed = entry({
      action: 'task',
      detail: 'Task edited: New title',
      changes: [{ field: 'task.title', from: 'Old title', to: 'New title' }],
    });
    expect(sentencesOf(renamed)).to.deep.equal([
      'Task edited: New title',
      'Task title changed from "Old title" to "New title"',
    ]);
  });

  it('names remediation actions in words', () => {
    expect(sentencesOf(entry({ action: 'remediation', detail: 'isolateDevice on PC-7: completed' }))).to.deep.equal([
      'Isolate device on PC-7: completed',
    ]);
    expect(sentencesOf(entry({ action: 'remediation', detail: 'Automated investigation found no threats' }))).to.deep.equal([
      'Automated investigation found no threats',
    ]);
  });

  it('says something for an entry with neither detail nor changes', () => {
    expect(sentencesOf(entry({ action: 'updated' }))).to.deep.equal(['Incident updated']);
  });
});

describe('activity log items', () => {
  it('tells people from automation and from the service', () => {
    expect(actorKindOf('alex.wilber@contoso.com')).to.equal('person');
    expect(actorKindOf('Automation rule: Route phishing')).to.equal('automation');
    expect(actorKindOf('Automation')).to.equal('automation');
    expect(actorKindOf('System')).to.equal('system');
    expect(actorKindOf('Automated investigation')).to.equal('system');
  });

  it('merges comments and the audit trail newest first, without the audit copy of each comment', () => {
    const log = buildLog(
      [comment('c0', '2024-06-01T11:00:00Z', 'First look')],
      [
        entry({ id: 'a0', action: 'created', time: '2024-06-01T09:00:00Z', detail: 'Incident created' }),
        entry({ id: 'a1', action: 'commented', time: '2024-06-01T11:00:00Z', detail: 'First look' }),
        entry({ id: 'a2', time: '2024-06-01T12:00:00Z', changes: [{ field: 'severity', from: 'low', to: 'high' }] }),
        entry({ id: 'a3', time: '2024-06-01T12:00:00Z', actor: 'Automation rule: R', detail: 'Playbook started' }),
      ],
    );
    expect(log.map((item) => item.key)).to.deep.equal(['activity:a3', 'activity:a2', 'comment:c0', 'activity:a0']);
    expect(log[2]).to.include({ kind: 'comments', comment: 'First look', actor: 'megan.bowen@contoso.com' });
  });

  it('puts a comment just posted in its place by time, once', () => {
    const log = buildLog([comment('c0', '2024-06-01T11:00:00Z')], [entry({ id: 'a0', time: '2024-06-01T09:00:00Z' })]);
    const posted = comment('c1', '2024-06-01T13:00:00Z', 'Later');
    const next = withComment(log, posted);
    expect(next.map((item) => item.key)).to.deep.equal(['comment:c1', 'comment:c0', 'activity:a0']);
    expect(withComment(next, posted)).to.have.length(3);
  });

  it('filters by kind and by text in the actor or the words', () => {
    const log = buildLog(
      [comment('c0', '2024-06-01T11:00:00Z', 'Checked the VPN logs')],
      [
        entry({ id: 'a0', changes: [{ field: 'status', from: 'active', to: 'inProgress' }] }),
        entry({ id: 'a1', action: 'task', detail: 'Task created: Reset passwords' }),
      ],
    );
    expect(filterLog(log, 'comments', '', en).map((item) => item.key)).to.deep.equal(['comment:c0']);
    expect(filterLog(log, 'changes', '', en).map((item) => item.key)).to.deep.equal(['activity:a0']);
    expect(filterLog(log, 'all', 'in PROGRESS', en).map((item) => item.key)).to.deep.equal(['activity:a0']);
    expect(filterLog(log, 'all', 'megan', en).map((item) => item.key)).to.deep.equal(['comment:c0']);
    expect(filterLog(log, 'tasks', 'vpn', en)).to.be.empty;
  });
});
