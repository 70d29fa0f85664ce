import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import { HttpIncidentApi, type Incident } from '../api/index.js';
import type { IncidentOpenEvent } from '../events/incident-open.js';
import type { RequestManageEvent } from '../events/request-manage.js';
import '../provider/define.js';
import './define.js';
import type { SocIncidentSummary } from './incident-summary.js';
import { describedAndResolved } from '../../../mock-api/src/service/testing.js';

const MARKUP = '<img src=x onerror="window.__socSummaryPwned=1">';

declare global {
  interface Window {
    __socSummaryPwned?: number;
  }
}

describe('soc-incident-summary', () => {
  let test: TestBackend;
  let api: HttpIncidentApi;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => {
    freshState(test);
    api = new HttpIncidentApi({ baseUrl: BASE_URL });
  });

  const responder = () => test.backend.service.principalFor('responder');
  const root = (el: SocIncidentSummary) => el.shadowRoot!;
  const text = (el: SocIncidentSummary) => root(el).textContent!.replace(/\s+/g, ' ');
  const button = (el: SocIncidentSummary, label: string) =>
    [...root(el).querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === label || b.getAttribute('aria-label') === label,
    )!;

  async function mount(props: { incidentId?: string; incident?: Incident } = {}): Promise<SocIncidentSummary> {
    const provider = await fixture(html`<soc-api-provider .api=${api}>
      <soc-incident-summary .incidentId=${props.incidentId} .incident=${props.incident}></soc-incident-summary>
    </soc-api-provider>`);
    return provider.querySelector('soc-incident-summary')!;
  }

  const loaded = (el: SocIncidentSummary) => waitUntil(() => root(el).querySelector('article'), 'summary loads');
  const alertsLoaded = (el: SocIncidentSummary) =>
    waitUntil(() => root(el).querySelector('.alerts, .alerts + .more') ?? /No alerts/.test(text(el)), 'alerts load');

  /** An incident with alerts, tactics, assets and tags, to check every section against. */
  async function richIncident(): Promise<Incident> {
    const page = test.backend.service.listIncidents({ top: 50 });
    const incident = page.items.find((i) => i.alertCount > 1 && i.tactics.length > 0 && i.customTags.length > 0);
    if (!incident) throw new Error('The generated data has no incident with alerts, tactics and tags.');
    return incident;
  }

  it('loads an incident by ID and shows every part of the summary', async () => {
    const incident = await richIncident();
    const alerts = test.backend.service.listIncidentAlerts(incident.id);
    const el = await mount({ incidentId: incident.id });
    await loaded(el);
    await alertsLoaded(el);

    expect(root(el).querySelector('h2')!.textContent).to.equal(incident.displayName);
    const details = text(el);
    expect(details).to.include(`Incident ID ${incident.id}`);
    expect(details).to.include(`${incident.activeAlertCount}/${incident.alertCount} active alerts`);
    expect(details).to.include(incident.assignedTo ?? 'Unassigned');
    for (const alert of alerts.slice(0, 5)) expect(details).to.include(alert.title);
    for (const tag of incident.customTags) expect(details).to.include(tag);
    if (incident.impactedAssets.devices > 0) expect(details).to.include('Devices');
    const severity = root(el).querySelector('.severity')!;
    expect(severity.classList.contains(incident.severity)).to.be.true;
    expect(severity.textContent!.trim()).to.not.be.empty;
    expect(root(el).querySelectorAll('section[aria-labelledby="tactics-heading"] li').length).to.equal(
      incident.tactics.length,
    );
    await expect(el).to.be.accessible();
  });

  it('shows the description and, once resolved, the resolving comment', async () => {
    const created = describedAndResolved(test.backend.service, 'The user was travelling; confirmed with the manager.');
    const el = await mount({ incidentId: created.id });
    await loaded(el);
    const description = root(el).querySelector('section[aria-labelledby="description-heading"]')!;
    expect(description.querySelector('h3')!.textContent).to.equal('Description');
    expect(description.querySelector('.description')!.textContent).to.equal('Sign-ins from two countries within an hour.');
    const comment = root(el).querySelector('section[aria-labelledby="resolving-comment-heading"]')!;
    expect(comment.querySelector('h3')!.textContent).to.equal('Resolving comment');
    expect(comment.querySelector('.resolving-comment')!.textContent).to.equal(
      'The user was travelling; confirmed with the manager.',
    );
    await expect(el).to.be.accessible();
  });

  it('shows a given incident at once and then the latest version', async () => {
    const incident = await richIncident();
    test.backend.service.updateIncident(responder(), incident.id, { displayName: 'Renamed meanwhile' });
    const el = await mount({ incident });
    expect(root(el).querySelector('h2')!.textContent).to.equal(incident.displayName);
    await waitUntil(() => root(el).querySelector('h2')!.textContent === 'Renamed meanwhile', 'refreshes');

    const newer = { ...test.backend.service.getIncident(incident.id), severity: 'low' as const };
    el.incident = newer;
    await el.updateComplete;
    expect(root(el).querySelector('.eyebrow .severity')!.textContent).to.equal('Low');
  });

  it('asks to manage, to open, and to close with its buttons', async () => {
    const incident = await richIncident();
    const el = await mount({ incidentId: incident.id });
    await loaded(el);

    setTimeout(() => button(el, 'Manage incident').click());
    const manage = (await oneEvent(el, 'soc-request-manage')) as RequestManageEvent;
    expect(manage.cancelable).to.be.true;
    expect(manage.composed).to.be.true;
    expect(manage.detail.incidents.map((i) => i.id)).to.deep.equal([incident.id]);

    setTimeout(() => button(el, 'Open incident page').click());
    const open = (await oneEvent(el, 'soc-incident-open')) as IncidentOpenEvent;
    expect(open.detail.incident.id).to.equal(incident.id);

    setTimeout(() => button(el, 'Close').click());
    const close = await oneEvent(el, 'soc-request-close');
    expect(close.cancelable).to.be.true;
  });

  it('moves through its buttons with the keyboard', async () => {
    const incident = await richIncident();
    const el = await mount({ incidentId: incident.id });
    await loaded(el);
    button(el, 'Close').focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(button(el, 'Open incident page'));
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(button(el, 'Manage incident'));
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const manage = (await oneEvent(el, 'soc-request-manage')) as RequestManageEvent;
    expect(manage.detail.incidents[0].id).to.equal(incident.id);
  });

  it('says what to do when nothing is selected', async () => {
    const el = await mount();
    expect(text(el)).to.include('Select an incident to see its summary.');
    await expect(el).to.be.accessible();
  });

  it('shows a loading state while the incident loads', async () => {
    test.backend.setScenario({ latencyMs: 2_000 });
    const incident = await richIncident();
    const el = await mount({ incidentId: incident.id });
    const status = root(el).querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('Loading incident…');
    await expect(el).to.be.accessible();
  });

  it('shows a server error with Retry, and loads on retry', async () => {
    const incident = await richIncident();
    test.backend.setScenario({ errorRate: 1 });
    const el = await mount({ incidentId: incident.id });
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'error shows');
    expect(text(el)).to.include('Server error');
    await expect(el).to.be.accessible();

    test.backend.setScenario({ errorRate: 0 });
    button(el, 'Retry').click();
    await loaded(el);
    expect(root(el).querySelector('h2')!.textContent).to.equal(incident.displayName);
  });

  it('says when to retry when throttled', async () => {
    const incident = await richIncident();
    test.backend.setScenario({ throttled: true });
    const el = await mount({ incidentId: incident.id });
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'error shows');
    expect(text(el)).to.match(/Try again in \d+ seconds?/);
    expect(button(el, 'Retry')).to.exist;
  });

  it('keeps a given incident on screen when refreshing it fails', async () => {
    const incident = await richIncident();
    test.backend.setScenario({ offline: true });
    const el = await mount({ incident });
    await waitUntil(() => root(el).querySelector('.inline-error'), 'refresh failure shows');
    expect(root(el).querySelector('h2')!.textContent).to.equal(incident.displayName);
    expect(text(el)).to.include('Could not refresh this incident.');
    await expect(el).to.be.accessible();
  });

  it('says when the incident does not exist', async () => {
    const el = await mount({ incidentId: '999999' });
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'not-found shows');
    expect(text(el)).to.include('Incident not found');
    expect(button(el, 'Retry')).to.be.undefined;
    await expect(el).to.be.accessible();
  });

  it('renders markup from the API as text', async () => {
    const created = test.backend.service.createIncident(responder(), {
      displayName: `Name ${MARKUP}`,
      customTags: [`Tag ${MARKUP}`],
      alerts: [
        { title: `Alert ${MARKUP}`, category: `Category ${MARKUP}`, severity: 'high' },
        { title: '<script>window.__socSummaryPwned=2</script>', severity: 'low' },
      ],
    });
    const el = await mount({ incidentId: created.id });
    await loaded(el);
    await alertsLoaded(el);
    expect(root(el).querySelector('h2')!.textContent).to.equal(`Name ${MARKUP}`);
    expect(text(el)).to.include(`Tag ${MARKUP}`);
    expect(text(el)).to.include(`Alert ${MARKUP}`);
    expect(text(el)).to.include('<script>window.__socSummaryPwned=2</script>');
    expect(root(el).querySelector('img, script')).to.be.null;
    expect(window.__socSummaryPwned).to.be.undefined;
  });
});
