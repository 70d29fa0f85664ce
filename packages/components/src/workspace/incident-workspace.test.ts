import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpIncidentApi } from '../api/index.js';
import type { SocManageIncident } from '../manage/manage-incident.js';
import type { SocIncidentQueue } from '../queue/incident-queue.js';
import type { SocIncidentSummary } from '../summary/incident-summary.js';
import { workspaceTemplate } from '../../../../stories/incident-workspace.stories.js';
import { BASE_URL, freshState, startTestBackend, TEST_NOW, type TestBackend } from '../../../../test/support/test-backend.js';
import type { SocIncidentWorkspace } from './incident-workspace.js';

const waitFor = (condition: () => unknown, message: string) => waitUntil(condition, message, { timeout: 10_000 });

describe('soc-incident-workspace', function () {
  let test: TestBackend;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => freshState(test));

  async function mount() {
    const api = new HttpIncidentApi({ baseUrl: BASE_URL });
    const provider = await fixture(workspaceTemplate(api, '720px', false, () => TEST_NOW));
    const workspace = provider.querySelector('soc-incident-workspace') as SocIncidentWorkspace;
    await workspace.updateComplete;
    const shadow = workspace.shadowRoot!;
    const queue = shadow.querySelector('soc-incident-queue') as SocIncidentQueue;
    const manage = shadow.querySelector('soc-manage-incident') as SocManageIncident;
    const row = (id: string) => queue.shadowRoot!.querySelector<HTMLElement>(`.body [role="row"][data-id="${CSS.escape(id)}"]`);
    const rows = () => [...queue.shadowRoot!.querySelectorAll<HTMLElement>('.body [role="row"][data-id]')];
    await waitFor(() => rows().length > 3, 'the queue shows incidents');
    const summary = () => shadow.querySelector('soc-incident-summary') as SocIncidentSummary | null;
    return { api, workspace, shadow, queue, manage, row, rows, summary };
  }

  const cellText = (row: HTMLElement | null, column: string) =>
    row?.querySelector(`[data-column="${column}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

  const buttonIn = (root: ShadowRoot, label: string) =>
    [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === label);

  it('shows the summary of the row a person selects, and hides it on close', async () => {
    const { rows, summary, workspace, queue } = await mount();
    expect(summary(), 'no pane before a selection').to.be.null;
    const picked = rows()[2];
    const id = picked.dataset.id!;
    (picked.querySelector('[data-column="severity"]') as HTMLElement).click();
    await waitFor(() => summary()?.shadowRoot?.textContent?.includes(`Incident ID ${id}`), 'the pane shows the incident');
    expect(queue.selectedId).to.equal(id);
    await expect(workspace).to.be.accessible();

    (summary()!.shadowRoot!.querySelector('button[aria-label="Close"]') as HTMLButtonElement).click();
    await workspace.updateComplete;
    expect(summary()).to.be.null;
  });

  it('after Save the row and the pane show the new values at once, then the edited incident comes to the top', async () => {
    const { rows, row, summary, manage, queue } = await mount();
    const target = rows().slice(3).find((candidate) => cellText(candidate, 'severity') !== 'Low')!;
    const id = target.dataset.id!;
    (target.querySelector('[data-column="status"]') as HTMLElement).click();
    await waitFor(() => summary()?.shadowRoot?.querySelector('[part~="manage-button"]'), 'the pane loads');

    (summary()!.shadowRoot!.querySelector('[part~="manage-button"]') as HTMLButtonElement).click();
    await waitFor(() => manage.open && manage.shadowRoot!.querySelector<HTMLSelectElement>('#severity'), 'the dialog opens');
    await waitFor(() => !manage.shadowRoot!.querySelector<HTMLSelectElement>('#severity')!.disabled, 'the form is editable');
    const severity = manage.shadowRoot!.querySelector<HTMLSelectElement>('#severity')!;
    severity.value = 'low';
    severity.dispatchEvent(new Event('change'));
    await manage.updateComplete;
    const updated = oneEvent(manage, 'soc-incident-updated');
    buttonIn(manage.shadowRoot!, 'Save')!.click();
    await updated;
    // The queue's background refresh is slow from now on: what shows at once came from the save.
    test.backend.setScenario({ latencyMs: 1_000 });
    await queue.updateComplete;

    expect(cellText(row(id), 'severity'), 'the row shows the new severity at once').to.equal('Low');
    expect(Number(row(id)!.getAttribute('aria-rowindex')), 'still in its old place').to.be.greaterThan(2);
    await waitFor(
      () => summary()?.shadowRoot?.textContent?.replace(/\s+/g, ' ').includes('Severity Low'),
      'the pane shows the new severity',
    );
    await waitFor(() => row(id)?.getAttribute('aria-rowindex') === '2', 'the edited incident comes to the top');
    expect(test.backend.service.getIncident(id).severity).to.equal('low');
  });

  it('opens Manage incidents for the checked rows (bulk) from the queue toolbar', async () => {
    const { rows, queue, manage } = await mount();
    for (const picked of rows().slice(0, 2)) {
      (picked.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
    }
    await queue.updateComplete;
    buttonIn(queue.shadowRoot!, 'Manage incidents')!.click();
    await waitFor(() => manage.open, 'the dialog opens');
    await waitFor(() => manage.shadowRoot!.querySelector('h2')?.textContent?.includes('Manage incidents'), 'bulk title');
  });

  it('opens the incident page with Enter on a row, and "Incidents" brings the queue back as it was', async () => {
    const { workspace, rows, queue, shadow } = await mount();
    const first = rows()[0];
    const opened = oneEvent(workspace, 'soc-incident-open');
    queue.shadowRoot!.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')!.focus();
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail.incident.id).to.equal(first.dataset.id);
    await workspace.updateComplete;
    const page = shadow.querySelector('soc-incident-page')!;
    expect(page.incidentId).to.equal(first.dataset.id);
    expect(shadow.querySelector<HTMLElement>('.queue')!.hidden, 'the queue is hidden, not removed').to.be.true;
    await waitFor(() => page.shadowRoot?.querySelector('h1')?.textContent?.trim(), 'the page shows the incident');
    await expect(workspace).to.be.accessible();

    buttonIn(shadow, '← Incidents')!.click();
    await workspace.updateComplete;
    expect(shadow.querySelector('soc-incident-page')).to.be.null;
    expect(shadow.querySelector<HTMLElement>('.queue')!.hidden).to.be.false;
    expect(rows()[0].dataset.id, 'the queue kept its rows').to.equal(first.dataset.id);
  });

  /** Opens the first row's incident page on its Assets tab and an asset's entity page from there. */
  async function openAssetEntityPage(shadow: ShadowRoot, rows: () => HTMLElement[]) {
    const first = rows().find((candidate) => Number(cellText(candidate, 'impactedAssets')?.match(/\d+/)?.[0] ?? 0) > 0) ?? rows()[0];
    first.querySelector<HTMLButtonElement>('[data-column="name"] button.open')!.click();
    await waitFor(() => shadow.querySelector('soc-incident-page'), 'the incident page opens');
    const page = shadow.querySelector('soc-incident-page')!;
    await waitFor(() => page.shadowRoot?.querySelector('#tab-assets'), 'the tabs render');
    page.shadowRoot!.querySelector<HTMLButtonElement>('#tab-assets')!.click();
    await page.updateComplete;
    const assets = page.shadowRoot!.querySelector('soc-assets')!;
    await waitFor(() => assets.shadowRoot?.querySelector('button.entity'), 'the assets load');
    const assetButton = assets.shadowRoot!.querySelector<HTMLButtonElement>('button.entity')!;
    const assetName = assetButton.textContent!.trim();
    assetButton.focus();
    assetButton.click();
    await waitFor(() => shadow.querySelector('soc-entity-page'), 'the entity page opens');
    const entityPage = shadow.querySelector('soc-entity-page')!;
    await waitFor(() => entityPage.shadowRoot?.querySelector('h1')?.textContent?.includes(assetName), 'the entity page shows the asset');
    return { page, assets, assetButton, entityPage };
  }

  it('opens an asset\'s entity page from the incident page, and "Back to incident" returns to the Assets tab', async () => {
    const { workspace, shadow, rows } = await mount();
    const { page, assetButton, entityPage } = await openAssetEntityPage(shadow, rows);
    expect(shadow.querySelector<HTMLElement>('.page:not(.entity)')!.hidden, 'the incident page waits underneath').to.be.true;
    expect(entityPage.getAttribute('back-label')).to.equal('Back to incident');
    await expect(workspace).to.be.accessible();

    entityPage.shadowRoot!.querySelector<HTMLButtonElement>('[part~="back-button"]')!.click();
    await workspace.updateComplete;
    expect(shadow.querySelector('soc-entity-page')).to.be.null;
    expect(shadow.querySelector<HTMLElement>('.page')!.hidden).to.be.false;
    expect(page.tab).to.equal('assets');
    await waitFor(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active === assetButton;
    }, 'focus returns to the asset');
  });

  it('opens a similar incident\'s page from the Similar incidents tab, its heading focused', async () => {
    const { workspace, shadow, rows } = await mount();
    const id = rows()[0]!.dataset.id!;
    const like = test.backend.service.listSimilarIncidents(id)[0]!.incident;
    workspace.openIncident(id, { tab: 'similar-incidents' });
    await workspace.updateComplete;
    const page = () => shadow.querySelector('soc-incident-page')!;
    const similar = () => page().shadowRoot?.querySelector('soc-similar-incidents')?.shadowRoot;
    const open = () => similar()?.querySelector<HTMLButtonElement>(`li[data-incident-id="${CSS.escape(like.id)}"] h3 button`);
    await waitFor(open, 'the similar incidents show');
    open()!.click();
    await waitFor(() => page().incidentId === like.id && page().tab === 'attack-story', "the similar incident's page opens");
    await waitFor(() => page().shadowRoot?.querySelector('h1')?.textContent === like.displayName, 'its name shows');
    await waitFor(() => page().shadowRoot!.activeElement?.localName === 'h1', 'its heading takes focus');
  });

  describe('with url-sync', () => {
    const start = location.href;
    afterEach(() => history.replaceState(null, '', start));

    it('puts the open incident page and its tab in the URL, and the browser back button returns to the queue', async () => {
      const api = new HttpIncidentApi({ baseUrl: BASE_URL });
      const provider = await fixture(workspaceTemplate(api, '720px', true, () => TEST_NOW));
      const workspace = provider.querySelector('soc-incident-workspace') as SocIncidentWorkspace;
      const shadow = workspace.shadowRoot!;
      const queue = shadow.querySelector('soc-incident-queue') as SocIncidentQueue;
      await waitFor(() => queue.shadowRoot!.querySelectorAll('.body [role="row"][data-id]').length > 3, 'rows');
      const row = queue.shadowRoot!.querySelector<HTMLElement>('.body [role="row"][data-id]')!;
      const id = row.dataset.id!;
      (row.querySelector('[data-column="status"]') as HTMLElement).click();
      const summary = () => shadow.querySelector('soc-incident-summary') as SocIncidentSummary | null;
      await waitFor(() => summary()?.shadowRoot?.querySelector('[part~="open-button"]'), 'the pane offers the page');
      (summary()!.shadowRoot!.querySelector('[part~="open-button"]') as HTMLButtonElement).click();
      await workspace.updateComplete;
      expect(new URL(location.href).searchParams.get('incident')).to.equal(id);
      expect(new URL(location.href).searchParams.get('tab')).to.equal('attack-story');

      const page = shadow.querySelector('soc-incident-page')!;
      await waitFor(() => page.shadowRoot?.querySelector('[role="tab"]'), 'the tabs render');
      const assetsTab = [...page.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')].find(
        (tab) => tab.textContent?.trim().startsWith('Assets'),
      )!;
      assetsTab.click();
      await waitFor(() => new URL(location.href).searchParams.get('tab') === 'assets', 'the tab is in the URL');

      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await popped;
      await workspace.updateComplete;
      expect(shadow.querySelector('soc-incident-page'), 'back shows the queue').to.be.null;
      expect(new URL(location.href).searchParams.get('incident')).to.be.null;
    });

    it('opens an incident on one of its alerts (openIncident, or a link naming the alert), with the alert in the URL', async () => {
      const service = test.backend.service;
      const incident = service.listIncidents({ status: ['active'], top: 50 }).items.find((item) => service.listIncidentAlerts(item.id).length > 1)!;
      const alert = service.listIncidentAlerts(incident.id).at(-1)!;
      const api = new HttpIncidentApi({ baseUrl: BASE_URL });
      const provider = await fixture(workspaceTemplate(api, '900px', true, () => TEST_NOW));
      const workspace = provider.querySelector('soc-incident-workspace') as SocIncidentWorkspace;
      await workspace.updateComplete;
      workspace.openIncident(incident.id, { alertId: alert.id });
      await workspace.updateComplete;
      const params = new URL(location.href).searchParams;
      expect([params.get('incident'), params.get('tab'), params.get('alert')]).to.deep.equal([incident.id, 'alerts', alert.id]);

      const list = () => workspace.shadowRoot!.querySelector('soc-incident-page')?.shadowRoot?.querySelector('soc-alert-list');
      const openAlert = () => list()?.shadowRoot?.querySelector('aside h2')?.textContent;
      await waitFor(() => openAlert() === alert.title, "the Alerts tab shows the alert's details");

      // A reload of that URL opens the same.
      provider.remove();
      const again = await fixture(workspaceTemplate(api, '900px', true, () => TEST_NOW));
      const reloaded = again.querySelector('soc-incident-workspace') as SocIncidentWorkspace;
      const reloadedList = () => reloaded.shadowRoot!.querySelector('soc-incident-page')?.shadowRoot?.querySelector('soc-alert-list');
      await waitFor(() => reloadedList()?.shadowRoot?.querySelector('aside h2')?.textContent === alert.title, 'the link opens the alert');
    });

    it('puts the entity page in the URL; back returns to the incident, forward to the entity', async () => {
      const api = new HttpIncidentApi({ baseUrl: BASE_URL });
      const provider = await fixture(workspaceTemplate(api, '720px', true, () => TEST_NOW));
      const workspace = provider.querySelector('soc-incident-workspace') as SocIncidentWorkspace;
      const shadow = workspace.shadowRoot!;
      const queue = shadow.querySelector('soc-incident-queue') as SocIncidentQueue;
      const rows = () => [...queue.shadowRoot!.querySelectorAll<HTMLElement>('.body [role="row"][data-id]')];
      await waitFor(() => rows().length > 3, 'rows');
      const { entityPage } = await openAssetEntityPage(shadow, rows);
      const params = () => new URL(location.href).searchParams;
      expect(params().get('entity')).to.equal(entityPage.entityId);
      expect(params().get('tab')).to.equal('assets');

      const popped = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      let pop = popped();
      history.back();
      await pop;
      await workspace.updateComplete;
      expect(shadow.querySelector('soc-entity-page'), 'back leaves the entity page').to.be.null;
      expect(shadow.querySelector('soc-incident-page')!.tab).to.equal('assets');
      expect(params().get('entity')).to.be.null;

      pop = popped();
      history.forward();
      await pop;
      await workspace.updateComplete;
      expect(shadow.querySelector('soc-entity-page'), 'forward shows it again').to.exist;

      // "Back to incident" steps back through the history too, rather than stacking an entry.
      shadow.querySelector('soc-entity-page')!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="back-button"]')!.click();
      await waitFor(() => !shadow.querySelector('soc-entity-page'), 'back to the incident');
      pop = popped();
      buttonIn(shadow, '← Incidents')!.click();
      await pop;
      await workspace.updateComplete;
      expect(shadow.querySelector('soc-incident-page'), '"Incidents" returns to the queue').to.be.null;
      expect(params().get('incident')).to.be.null;
    });
  });
});
