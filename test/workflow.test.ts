import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { HttpIncidentApi } from '@soc-kit/components/api';
import type { SocIncidentWorkspace } from '../packages/components/src/workspace/incident-workspace.js';
import { alertQueueTemplate } from '../stories/alert-queue.stories.js';
import { workspaceTemplate } from '../stories/incident-workspace.stories.js';
import { BASE_URL, freshState, startTestBackend, TEST_NOW, type TestBackend } from './support/test-backend.js';

const PATIENCE = { timeout: 15_000 };
const waitFor = (condition: () => unknown, message: string) => waitUntil(condition, message, PATIENCE);

/** The element's shadow root, once it has one. */
const shadowOf = (host: Element | null | undefined): ShadowRoot => {
  if (!host?.shadowRoot) throw new Error(`${host?.localName ?? 'element'} has not rendered`);
  return host.shadowRoot;
};

const buttonIn = (root: ParentNode, label: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim() === label);

async function setSelect(select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  expect(select.value, `${select.id} offers ${value}`).to.equal(value);
  select.dispatchEvent(new Event('change'));
}

/**
 * The seed workflow, driven through the workspace as a person would: triage in the queue,
 * manage the incident, read its attack story, open an asset's entity page and come back, approve
 * a pending action, run a playbook, comment, and resolve it as a true positive — after which the
 * queue shows it Resolved. Every step goes through the kit's REST API to the mock service, which
 * is checked at each step.
 */
describe('the triage → investigate → resolve workflow', function () {
  this.timeout(120_000);
  let test: TestBackend;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => freshState(test));

  const service = () => test.backend.service;

  /** An active incident with a device among its assets and a pending action on its evidence, put on top of the queue. */
  function incidentToWork(): string {
    for (const incident of service().listIncidents({ status: ['active'], top: 100 }).items) {
      const evidence = service().listEvidence(incident.id);
      const pending = service().listRemediationActions({ incidentId: incident.id, status: ['pending'] });
      if (
        incident.classification === 'unknown' &&
        evidence.some((item) => item.type === 'device') &&
        pending.some((action) => evidence.some((item) => item.id === action.entityId))
      ) {
        // The queue's default order is by last update: a touch brings it to the top.
        service().updateIncident(service().principalFor('admin'), incident.id, { customTags: [...incident.customTags, 'Triage'] });
        return incident.id;
      }
    }
    throw new Error('The generated data has no active incident with a device and a pending action.');
  }

  it('carries a person from the queue to a resolved incident', async () => {
    const id = incidentToWork();
    const me = service().principalFor('responder');
    const api = new HttpIncidentApi({ baseUrl: BASE_URL });
    const provider = await fixture(workspaceTemplate(api, '900px', false, () => TEST_NOW));
    const workspace = provider.querySelector('soc-incident-workspace') as SocIncidentWorkspace;
    const shadow = shadowOf(workspace);
    const queue = shadow.querySelector('soc-incident-queue')!;
    const row = () => shadowOf(queue).querySelector<HTMLElement>(`.body [role="row"][data-id="${CSS.escape(id)}"]`);
    await waitFor(() => row(), 'the incident is in the queue');

    // Triage: select the row, read the summary, manage the incident.
    row()!.querySelector<HTMLElement>('[data-column="severity"]')!.click();
    const summary = () => shadow.querySelector('soc-incident-summary');
    await waitFor(() => summary()?.shadowRoot?.textContent?.includes(`Incident ID ${id}`), 'the summary shows the incident');
    shadowOf(summary()).querySelector<HTMLButtonElement>('[part~="manage-button"]')!.click();
    const manage = shadow.querySelector('soc-manage-incident')!;
    await waitFor(() => manage.open && !shadowOf(manage).querySelector<HTMLSelectElement>('#status')?.disabled, 'the dialog opens');
    await setSelect(shadowOf(manage).querySelector<HTMLSelectElement>('#status')!, 'inProgress');
    await waitFor(() => shadowOf(manage).querySelector<HTMLSelectElement>('#assignedTo')!.options.length > 2, 'assignees load');
    await setSelect(shadowOf(manage).querySelector<HTMLSelectElement>('#assignedTo')!, me.id);
    await manage.updateComplete;
    const saved = oneEvent(manage, 'soc-incident-updated');
    buttonIn(shadowOf(manage), 'Save')!.click();
    await saved;
    expect(service().getIncident(id)).to.include({ status: 'inProgress', assignedTo: me.id });

    // Investigate: the incident page opens on its attack story.
    await waitFor(() => summary()?.shadowRoot?.querySelector('[part~="open-button"]'), 'the pane offers the page');
    shadowOf(summary()).querySelector<HTMLButtonElement>('[part~="open-button"]')!.click();
    await waitFor(() => shadow.querySelector('soc-incident-page'), 'the incident page opens');
    const page = shadow.querySelector('soc-incident-page')!;
    await waitFor(() => page.shadowRoot?.querySelector('#tab-attack-story[aria-selected="true"]'), 'the attack story shows');
    const story = shadowOf(page).querySelector('soc-attack-story')!;
    const alerts = service().listIncidentAlerts(id);
    await waitFor(() => story.shadowRoot?.textContent?.includes(alerts[0]!.title), 'the alert story lists the alerts');
    for (const alert of alerts) expect(shadowOf(story).textContent).to.include(alert.title);
    const graph = shadowOf(story).querySelector('soc-incident-graph');
    expect(graph, 'the incident graph is beside the story').to.exist;

    // An asset's entity page, and back.
    shadowOf(page).querySelector<HTMLButtonElement>('#tab-assets')!.click();
    const assets = () => shadowOf(page).querySelector('soc-assets');
    await waitFor(() => assets()?.shadowRoot?.querySelector('button.entity'), 'the assets load');
    shadowOf(assets()).querySelector<HTMLButtonElement>('[role="tab"][id="group-devices"]')?.click();
    await waitFor(() => assets()?.shadowRoot?.querySelector('button.entity'), 'the devices show');
    const asset = shadowOf(assets()).querySelector<HTMLButtonElement>('button.entity')!;
    const assetName = asset.textContent!.trim();
    asset.click();
    await waitFor(() => shadow.querySelector('soc-entity-page'), 'the entity page opens');
    const entityPage = shadow.querySelector('soc-entity-page')!;
    await waitFor(() => entityPage.shadowRoot?.querySelector('h1')?.textContent?.includes(assetName), 'it shows the asset');
    await waitFor(() => entityPage.shadowRoot?.querySelector('soc-entity-timeline'), 'with its timeline');
    shadowOf(entityPage).querySelector<HTMLButtonElement>('[part~="back-button"]')!.click();
    await waitFor(() => !shadow.querySelector('soc-entity-page'), 'back to the incident');
    expect(page.tab).to.equal('assets');

    // Respond: approve a pending action in Evidence and Response.
    shadowOf(page).querySelector<HTMLButtonElement>('#tab-evidence-and-response')!.click();
    const evidence = () => shadowOf(page).querySelector('soc-evidence-response');
    const [pending] = service().listRemediationActions({ incidentId: id, status: ['pending'] });
    const approve = () =>
      evidence()?.shadowRoot?.querySelector<HTMLButtonElement>(`[data-action-id="${CSS.escape(pending!.id)}"] button[data-decision="approve"]`);
    await waitFor(() => approve(), 'the pending action offers Approve');
    approve()!.click();
    const confirm = () => evidence()!.shadowRoot!.querySelector<HTMLDialogElement>('dialog');
    await waitFor(() => confirm()?.open, 'the approval dialog opens');
    buttonIn(confirm()!, 'Approve')!.click();
    await waitFor(
      () => service().listRemediationActions({ incidentId: id }).find((action) => action.id === pending!.id)?.status !== 'pending',
      'the action is approved',
    );
    expect(service().listRemediationActions({ incidentId: id }).find((action) => action.id === pending!.id)!.decidedBy).to.equal(me.id);

    // Run a playbook on the incident: the runner opens in a side panel over the shown tab.
    buttonIn(shadowOf(page), 'Run playbook')!.click();
    const playbooksPanel = () => shadowOf(page).querySelector<HTMLDialogElement>('dialog.playbooks-panel');
    await waitFor(() => playbooksPanel()?.open && playbooksPanel()!.querySelector('soc-playbook-runner'), 'the playbooks panel opens');
    const runner = playbooksPanel()!.querySelector('soc-playbook-runner')!;
    await waitFor(() => runner.shadowRoot?.querySelector('dialog')?.open && runner.shadowRoot.querySelector('.choice input'), 'the playbooks load');
    shadowOf(runner).querySelector<HTMLInputElement>('.choice input')!.click();
    await runner.updateComplete;
    buttonIn(shadowOf(runner), 'Run')!.click();
    await waitFor(() => service().listPlaybookRuns({ kind: 'incident', id }).length > 0, 'the playbook runs');
    await waitFor(() => runner.shadowRoot!.querySelector('.follow'), 'the run is followed');
    buttonIn(shadowOf(runner), 'Close')?.click();
    shadowOf(page).querySelector<HTMLButtonElement>('[aria-label="Close playbooks"]')!.click();
    await waitFor(() => !playbooksPanel()!.open, 'the playbooks panel closes');

    // Comment.
    shadowOf(page).querySelector<HTMLButtonElement>('#tab-activity')!.click();
    await waitFor(() => shadowOf(page).querySelector('soc-activity-log'), 'the Activity tab shows');
    const log = shadowOf(page).querySelector('soc-activity-log')!;
    await waitFor(() => log.shadowRoot?.querySelector('#comment'), 'the comment box shows');
    const box = shadowOf(log).querySelector<HTMLTextAreaElement>('#comment')!;
    box.value = 'Device isolated, file quarantined, playbook notified the on-call analyst.';
    box.dispatchEvent(new Event('input'));
    await log.updateComplete;
    buttonIn(shadowOf(log), 'Post')!.click();
    await waitFor(
      () => service().listComments(id).some((comment) => comment.comment.startsWith('Device isolated')),
      'the comment is stored',
    );

    // Resolve as a true positive with a determination.
    buttonIn(shadowOf(page), 'Resolve incident')!.click();
    const pageManage = shadowOf(page).querySelector('soc-manage-incident')!;
    await waitFor(() => pageManage.open && pageManage.shadowRoot?.querySelector('#classification'), 'the resolve dialog opens');
    await setSelect(shadowOf(pageManage).querySelector<HTMLSelectElement>('#classification')!, 'truePositive');
    await pageManage.updateComplete;
    await setSelect(shadowOf(pageManage).querySelector<HTMLSelectElement>('#determination')!, 'malware');
    await pageManage.updateComplete;
    const resolved = oneEvent(pageManage, 'soc-incident-updated');
    buttonIn(shadowOf(pageManage), 'Resolve')!.click();
    await resolved;
    expect(service().getIncident(id)).to.include({ status: 'resolved', classification: 'truePositive', determination: 'malware' });

    // Back in the queue, the incident shows as Resolved.
    buttonIn(shadow, '← Incidents')!.click();
    await waitFor(
      () => row()?.querySelector('[data-column="status"]')?.textContent?.trim() === 'Resolved',
      'the queue shows the incident Resolved',
    );
  });

  /**
   * Correlation, as a person does it: find an alert in the alert queue by its ID and link it to
   * another incident, then merge that incident into a third from the incident queue; opening the
   * merged incident leads to the one it was merged into.
   */
  it('carries a person from an alert in the alert queue to a merged incident that redirects', async () => {
    const admin = service().principalFor('admin');
    const me = service().principalFor('responder');
    const open = service().listIncidents({ status: ['active', 'inProgress'], top: 200 }).items;
    // The source keeps an alert after the link, so it stays an incident of its own.
    const source = open.find((incident) => incident.alertCount >= 2);
    const [target, merged] = open.filter((incident) => incident !== source);
    if (!source || !merged) throw new Error('The generated data has too few open incidents.');
    // One owner for all three (merges and links keep to one owner); the touch also brings them to the top of the queue.
    for (const incident of [source, target!, merged]) service().updateIncident(admin, incident.id, { assignedTo: me.id });
    const alert = service().listIncidentAlerts(source.id)[0]!;
    const api = new HttpIncidentApi({ baseUrl: BASE_URL });

    // Find the alert in the alert queue by its ID, and open its summary.
    const alertsView = await fixture(alertQueueTemplate({ api, height: '640px', width: '1100px', clock: () => TEST_NOW }));
    const alertQueue = alertsView.querySelector('soc-alert-queue')!;
    alertQueue.search = alert.id;
    const alertRow = () => alertQueue.shadowRoot?.querySelector<HTMLElement>(`.body [role="row"][data-id="${CSS.escape(alert.id)}"]`);
    await waitFor(() => alertRow() && shadowOf(alertQueue).querySelectorAll('.body [role="row"][data-id]').length === 1, 'the search finds the alert');
    alertRow()!.querySelector<HTMLElement>('[data-column="severity"]')!.click();
    const alertSummary = () => shadowOf(alertQueue).querySelector('soc-alert-summary');
    await waitFor(() => alertSummary()?.shadowRoot?.textContent?.includes(alert.title), 'the summary shows the alert');

    // Link it to another incident.
    buttonIn(shadowOf(alertSummary()), 'Link alert to another incident')!.click();
    await waitFor(() => shadowOf(alertQueue).querySelector('soc-link-alerts')?.shadowRoot?.querySelector('dialog[open] #targetIncidentId'), 'the link dialog opens');
    const linkDialog = shadowOf(alertQueue).querySelector('soc-link-alerts')!;
    const targetField = shadowOf(linkDialog).querySelector<HTMLInputElement>('#targetIncidentId')!;
    targetField.value = target!.id;
    targetField.dispatchEvent(new Event('input'));
    await linkDialog.updateComplete;
    const linked = oneEvent(linkDialog, 'soc-alerts-linked');
    buttonIn(shadowOf(linkDialog), 'Link')!.click();
    await linked;
    expect(service().getAlert(alert.id).incidentId).to.equal(target!.id);
    expect(service().listIncidentAlerts(target!.id).map((item) => item.id)).to.include(alert.id);
    expect(service().getIncident(source!.id).alertCount).to.equal(service().listIncidentAlerts(source!.id).length);
    await waitFor(
      () => alertRow()?.querySelector('[data-column="incident"]')?.textContent?.includes(target!.id),
      "the alert's row names its new incident",
    );
    alertsView.remove();

    // Merge that incident into a third from the incident queue.
    const provider = await fixture(workspaceTemplate(api, '1100px', false, () => TEST_NOW));
    const workspace = provider.querySelector('soc-incident-workspace') as SocIncidentWorkspace;
    const shadow = shadowOf(workspace);
    const queue = shadow.querySelector('soc-incident-queue')!;
    const row = (id: string) => shadowOf(queue).querySelector<HTMLElement>(`.body [role="row"][data-id="${CSS.escape(id)}"]`);
    await waitFor(() => row(target!.id) && row(merged!.id), 'both incidents are in the queue');
    for (const id of [target!.id, merged!.id]) row(id)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await queue.updateComplete;
    buttonIn(shadowOf(queue), 'Merge')!.click();
    const mergeDialog = () => shadowOf(queue).querySelector('soc-merge-incidents-dialog');
    await waitFor(() => mergeDialog()?.shadowRoot?.querySelector('dialog[open]'), 'the merge dialog opens');
    shadowOf(mergeDialog()).querySelector<HTMLInputElement>(`input[name="target"][value="${CSS.escape(merged!.id)}"]`)!.click();
    await mergeDialog()!.updateComplete;
    const mergedEvent = oneEvent(queue, 'soc-incidents-merged');
    shadowOf(mergeDialog()).querySelector<HTMLButtonElement>('[data-action="merge"]')!.click();
    await mergedEvent;
    expect(service().getIncident(target!.id)).to.include({ status: 'redirected', redirectIncidentId: merged!.id });
    expect(service().getAlert(alert.id).incidentId, 'the linked alert moved with the merge').to.equal(merged!.id);

    // Opening the merged incident leads to the one it was merged into.
    workspace.openIncident(target!.id);
    const page = () => shadow.querySelector('soc-incident-page');
    await waitFor(
      () => page()?.shadowRoot?.textContent?.replace(/\s+/g, ' ').includes(`Incident ${target!.id} was merged into incident ${merged!.id}`),
      'the page says where the incident went',
    );
    await waitFor(() => page()?.shadowRoot?.querySelector('h1')?.textContent?.includes(service().getIncident(merged!.id).displayName), "and shows the target's page");
  });
});
