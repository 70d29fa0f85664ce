import { expect } from '@open-wc/testing';
import type { Playbook, PlaybookRun } from '../api/model.js';
import { fittingPlaybooks, isActive, mergeRuns, runSources } from './playbook-runs.js';

const playbook = (id: string, triggerKind: Playbook['triggerKind'], name: string, description = ''): Playbook => ({
  id,
  name,
  description,
  triggerKind,
});

const run = (id: string, startedAt: string, status: PlaybookRun['status'] = 'succeeded'): PlaybookRun => ({
  id,
  playbookId: 'pb',
  playbookName: 'Playbook',
  target: { kind: 'incident', id: '1' },
  incidentId: '1',
  status,
  startedAt,
  finishedAt: null,
  triggeredBy: 'someone@contoso.com',
  log: [],
});

describe('playbook runs', () => {
  const playbooks = [
    playbook('a', 'incident', 'Notify on-call analyst in Teams', 'Posts an adaptive card'),
    playbook('b', 'alert', 'Get geolocation of alert IP addresses'),
    playbook('c', 'incident', 'Create ServiceNow ticket', 'Opens a ServiceNow incident'),
    playbook('d', 'entity', 'Block IP address on Azure Firewall'),
  ];

  it('offers the playbooks of the target kind whose name or description has every word', () => {
    const incident = { kind: 'incident', id: '1' } as const;
    expect(fittingPlaybooks(playbooks, incident).map((p) => p.id)).to.deep.equal(['a', 'c']);
    expect(fittingPlaybooks(playbooks, { kind: 'entity', id: 'ip-1' }).map((p) => p.id)).to.deep.equal(['d']);
    expect(fittingPlaybooks(playbooks, incident, '  ADAPTIVE teams ').map((p) => p.id)).to.deep.equal(['a']);
    expect(fittingPlaybooks(playbooks, incident, 'servicenow incident').map((p) => p.id)).to.deep.equal(['c']);
    expect(fittingPlaybooks(playbooks, incident, 'firewall')).to.deep.equal([]);
    const forUsers = { ...playbook('u', 'entity', 'Reset password'), entityTypes: ['user' as const] };
    const user = { kind: 'entity', id: 'user-1' } as const;
    expect(fittingPlaybooks([...playbooks, forUsers], user, '', 'user').map((p) => p.id)).to.deep.equal(['d', 'u']);
    expect(fittingPlaybooks([...playbooks, forUsers], user, '', 'device').map((p) => p.id)).to.deep.equal(['d']);
  });

  it("lists the target's runs and, for anything but the incident itself, the incident's", () => {
    expect(runSources({ kind: 'alert', id: 'da1' }, '7')).to.deep.equal([
      { kind: 'alert', id: 'da1' },
      { kind: 'incident', id: '7' },
    ]);
    expect(runSources({ kind: 'incident', id: '7' }, '7')).to.deep.equal([{ kind: 'incident', id: '7' }]);
    expect(runSources({ kind: 'entity', id: 'user-1' })).to.deep.equal([{ kind: 'entity', id: 'user-1' }]);
  });

  it('merges lists into one, each run once, newest first', () => {
    const merged = mergeRuns([
      [run('r3', '2024-06-01T10:03:00Z'), run('r1', '2024-06-01T10:01:00Z')],
      [run('r3', '2024-06-01T10:03:00Z'), run('r2', '2024-06-01T10:02:00Z')],
    ]);
    expect(merged.map((r) => r.id)).to.deep.equal(['r3', 'r2', 'r1']);
  });

  it('treats queued and running runs as active', () => {
    const statuses: PlaybookRun['status'][] = ['queued', 'running', 'succeeded', 'failed'];
    expect(statuses.map((status) => isActive(run('r', '', status)))).to.deep.equal([true, true, false, false]);
  });
});
