import { expect } from '@open-wc/testing';
import { MAX_COMMENT_LENGTH, type TaskDraft } from '@soc-kit/components/api';
import { createTestService, expectServiceError, findIncident, responder, snapshotOf } from './testing.js';

describe('tasks', () => {
  it('creates a task with a title, audited as "task"', () => {
    const { service, clock } = createTestService();
    const incident = findIncident(service, {});
    const count = service.listTasks(incident.id).length;
    const task = service.saveTask(responder, incident.id, { title: '  Reset the password  ', description: 'Then revoke sessions.' });
    expect(task).to.include({ incidentId: incident.id, title: 'Reset the password', description: 'Then revoke sessions.', status: 'new', createdBy: responder.id });
    expect(task.createdDateTime).to.equal(new Date(clock.time).toISOString());
    expect(service.listTasks(incident.id)).to.have.length(count + 1);
    expect(service.listTasks(incident.id).at(-1)).to.deep.equal(task);
    expect(service.listActivity(incident.id).at(-1)).to.include({ action: 'task', actor: responder.id, detail: 'Task created: Reset the password' });
    expect(service.getIncident(incident.id).etag).to.equal(incident.etag);
  });

  it('edits, completes and reopens a task, auditing each change', () => {
    const { service, clock } = createTestService();
    const incident = findIncident(service, {});
    const task = service.saveTask(responder, incident.id, { title: 'Collect the package' });
    clock.advance(1000);
    const renamed = service.saveTask(responder, incident.id, { id: task.id, title: 'Collect the investigation package' });
    expect(renamed.lastModifiedDateTime).to.equal(new Date(clock.time).toISOString());
    expect(service.listActivity(incident.id).at(-1)!.changes).to.deep.equal([{ field: 'task.title', from: 'Collect the package', to: 'Collect the investigation package' }]);
    expect(service.saveTask(responder, incident.id, { id: task.id, title: renamed.title, status: 'completed' }).status).to.equal('completed');
    expect(service.listActivity(incident.id).at(-1)!.detail).to.equal('Task completed: Collect the investigation package');
    expect(service.saveTask(responder, incident.id, { id: task.id, title: renamed.title, status: 'new' }).status).to.equal('new');
    expect(service.listActivity(incident.id).at(-1)!.detail).to.equal('Task reopened: Collect the investigation package');
  });

  it('writes nothing for an edit that changes nothing', () => {
    const { service } = createTestService();
    const incident = findIncident(service, {});
    const task = service.saveTask(responder, incident.id, { title: 'Same' });
    const before = snapshotOf(service, incident.id);
    const journal = service.journal.length;
    expect(service.saveTask(responder, incident.id, { id: task.id, title: 'Same', status: 'new' })).to.deep.equal(task);
    expect(snapshotOf(service, incident.id)).to.equal(before);
    expect(service.journal.length).to.equal(journal);
  });

  it('refuses bad tasks and changes nothing', () => {
    const { service } = createTestService();
    const incident = findIncident(service, {});
    const task = service.saveTask(responder, incident.id, { title: 'Existing' });
    const before = snapshotOf(service, incident.id);
    const cases: [unknown, string][] = [
      [{ title: '' }, 'title'],
      [{ title: '   ' }, 'title'],
      [{ title: 't'.repeat(257) }, 'title'],
      [{}, 'title'],
      [{ title: 'ok', status: 'done' }, 'status'],
      [{ title: 'ok', priority: 'high' }, 'priority'],
      [{ id: task.id, title: '' }, 'title'],
    ];
    for (const [draft, field] of cases) expectServiceError(() => service.saveTask(responder, incident.id, draft as TaskDraft), 'validation', field);
    expectServiceError(() => service.saveTask(responder, incident.id, { id: `${incident.id}-t999`, title: 'x' }), 'notFound');
    expectServiceError(() => service.saveTask(responder, '999999', { title: 'x' }), 'notFound');
    expect(snapshotOf(service, incident.id)).to.equal(before);
    expect(service.saveTask(responder, incident.id, { title: 't'.repeat(256) }).title).to.have.length(256);
  });
});

describe('comments', () => {
  it('adds a comment of up to 30,000 characters', () => {
    const { service, clock } = createTestService();
    const incident = findIncident(service, {});
    const text = 'a'.repeat(MAX_COMMENT_LENGTH);
    const comment = service.addComment(responder, incident.id, text);
    expect(comment).to.include({ incidentId: incident.id, createdBy: responder.id, createdDateTime: new Date(clock.time).toISOString() });
    expect(comment.comment).to.have.length(30_000);
    expect(service.listComments(incident.id).at(-1)).to.deep.equal(comment);
    expect(service.listActivity(incident.id).at(-1)).to.include({ action: 'commented', actor: responder.id });
  });

  it('refuses 30,001 characters, white space only and non-strings, changing nothing', () => {
    const { service } = createTestService();
    const incident = findIncident(service, {});
    const before = snapshotOf(service, incident.id);
    const tooLong = expectServiceError(() => service.addComment(responder, incident.id, 'a'.repeat(MAX_COMMENT_LENGTH + 1)), 'validation', 'comment');
    expect(tooLong.message).to.contain('30,000');
    expectServiceError(() => service.addComment(responder, incident.id, ' \n\t '), 'validation', 'comment');
    expectServiceError(() => service.addComment(responder, incident.id, ''), 'validation', 'comment');
    expectServiceError(() => service.addComment(responder, incident.id, 42 as unknown as string), 'validation', 'comment');
    expectServiceError(() => service.addComment(responder, '999999', 'hello'), 'notFound');
    expect(snapshotOf(service, incident.id)).to.equal(before);
  });

  it('keeps the comment text exactly as written', () => {
    const { service } = createTestService();
    const incident = findIncident(service, {});
    const text = '  <b>not markup</b> & "quotes"\nsecond line  ';
    expect(service.addComment(responder, incident.id, text).comment).to.equal(text);
  });
});
