import { expect } from '@open-wc/testing';
import type { ActivityEntry, Task } from '../api/model.js';
import { completionsOf } from './task-completions.js';

const AT = '2024-06-01T10:00:00.000Z';

const task = (id: string, title: string, status: Task['status'], lastModifiedDateTime = AT): Task => ({
  id,
  incidentId: '1',
  title,
  description: '',
  status,
  createdBy: 'creator@contoso.com',
  createdDateTime: '2024-06-01T09:00:00.000Z',
  lastModifiedDateTime,
});

const completion = (actor: string, title: string, time = AT): ActivityEntry => ({
  id: `a-${actor}-${title}`,
  incidentId: '1',
  actor,
  time,
  action: 'task',
  changes: [{ field: 'task.status', from: 'new', to: 'completed' }],
  detail: `Task completed: ${title}`,
});

describe('task completions', () => {
  it('finds who completed each task at the moment it last changed', () => {
    const found = completionsOf(
      [task('t0', 'Block the hash', 'completed'), task('t1', 'Call the user', 'completed')],
      [completion('a@contoso.com', 'Call the user'), completion('b@contoso.com', 'Block the hash')],
    );
    expect(found.get('t0')).to.deep.equal({ by: 'b@contoso.com', time: AT });
    expect(found.get('t1')).to.deep.equal({ by: 'a@contoso.com', time: AT });
  });

  it('names no one for open tasks, for completions at other times, or when it cannot tell', () => {
    const found = completionsOf(
      [
        task('t0', 'Open', 'new'),
        task('t1', 'Edited since', 'completed', '2024-06-01T11:00:00.000Z'),
        task('t2', 'Renamed', 'completed'),
      ],
      [
        completion('a@contoso.com', 'Open'),
        completion('a@contoso.com', 'Edited since'),
        completion('a@contoso.com', 'x'),
        completion('b@contoso.com', 'y'),
      ],
    );
    expect([...found.keys()]).to.be.empty;
  });
});
