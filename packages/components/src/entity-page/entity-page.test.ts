import { styleProps } from '../internal/style-props.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { entityPageTemplate, withoutCapability } from '../../../../stories/entity-page.stories.js';
import { BASE_URL, freshState, offContract, startTestBackend, TEST_NOW, type TestBackend } from '../../../../test/support/test-backend.js';
import { entityFromGraphEvidence, HttpIncidentApi, type Entity, type EntityType, type IncidentApi } from '../api/index.js';
import type { IncidentOpenEvent } from '../events/incident-open.js';
import type { RequestCloseEvent } from '../events/request-close.js';
import { formatDateTime } from '../internal/format.js';
import {
  ENTITY_TYPE_LABELS,
  HEALTH_STATUS_LABELS,
  INCIDENT_STATUS_LABELS,
  ONBOARDING_STATUS_LABELS,
  RISK_LEVEL_LABELS,
  RISK_SCORE_LABELS,
  SEVERITY_LABELS,
  VERDICT_LABELS,
} from '../internal/labels.js';
import '../provider/define.js';
import type { SocEntityPage } from './entity-page.js';
import './define.js';

/** The machine running the tests may be busy: give each load a few seconds. */
const PATIENCE = { timeout: 5_000 };

const MARKUP = '<img src=x onerror="window.__socEntityPagePwned=1">';

declare global {
  interface Window {
    __socEntityPagePwned?: number;
  }
}

const graphType = (name: string) => `#microsoft.graph.security.${name}`;

/** One evidence item of every type the kit models, with values chosen to be recognisable. */
const EVIDENCE_OF_EACH_TYPE: Record<Exclude<EntityType, 'unknown'>, Record<string, unknown>> = {
  device: {
    '@odata.type': graphType('deviceEvidence'),
    hostName: 'pagetest-ws-01',
    deviceDnsName: 'pagetest-ws-01.contoso.com',
    mdeDeviceId: 'f'.repeat(40),
    osPlatform: 'Windows11',
    osBuild: '26100',
    riskScore: 'medium',
    healthStatus: 'impairedCommunication',
    onboardingStatus: 'canBeOnboarded',
    ipInterfaces: ['10.9.8.7', 'fe80::1'],
    loggedOnUsers: [{ accountName: 'pagetest', domainName: 'CONTOSO' }, 'CONTOSO\\second'],
    verdict: 'malicious',
    remediationStatus: 'pendingApproval',
    roles: ['compromised'],
    tags: ['Finance', 'VIP'],
  },
  user: {
    '@odata.type': graphType('userEvidence'),
    userAccount: {
      displayName: 'Page Tester',
      userPrincipalName: 'pagetester@contoso.com',
      accountName: 'pagetester',
      domainName: 'CONTOSO',
      azureAdUserId: '11111111-2222-3333-4444-555555555555',
    },
    department: 'Treasury',
    riskLevel: 'high',
    accountEnabled: false,
    verdict: 'suspicious',
  },
  mailbox: {
    '@odata.type': graphType('mailboxEvidence'),
    displayName: 'Page Tester mailbox',
    primaryAddress: 'pagetester.mail@contoso.com',
    userAccount: { userPrincipalName: 'pagetester@contoso.com' },
  },
  ip: { '@odata.type': graphType('ipEvidence'), ipAddress: '198.51.100.77', countryLetterCode: 'NL' },
  url: { '@odata.type': graphType('urlEvidence'), url: 'https://pagetest.example.com/login?next=%2Fhome' },
  file: {
    '@odata.type': graphType('fileEvidence'),
    fileDetails: {
      fileName: 'pagetest.exe',
      filePath: 'C:\\Users\\pagetest\\Downloads',
      sha256: 'a'.repeat(64),
      sha1: 'b'.repeat(40),
      fileSize: 2_516_582,
    },
  },
  process: {
    '@odata.type': graphType('processEvidence'),
    processId: 4321,
    parentProcessId: 1234,
    processCommandLine: 'powershell.exe -NoProfile -EncodedCommand SQBFAFgA',
    imageFile: { fileName: 'powershell.exe' },
    userAccount: { accountName: 'pagetest', domainName: 'CONTOSO' },
  },
  cloudApplication: {
    '@odata.type': graphType('cloudApplicationEvidence'),
    appId: 98765,
    displayName: 'Pagetest Storage',
    instanceName: 'Pagetest tenant',
  },
  azureResource: {
    '@odata.type': graphType('azureResourceEvidence'),
    resourceId: '/subscriptions/0000/resourceGroups/pagetest/providers/Microsoft.KeyVault/vaults/pagetest-kv',
    resourceName: 'pagetest-kv',
    resourceType: 'Microsoft.KeyVault/vaults',
  },
  registryKey: {
    '@odata.type': graphType('registryKeyEvidence'),
    registryHive: 'HKEY_LOCAL_MACHINE',
    registryKey: 'SOFTWARE\\Pagetest\\Run',
  },
  registryValue: {
    '@odata.type': graphType('registryValueEvidence'),
    registryHive: 'HKEY_CURRENT_USER',
    registryKey: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run',
    registryValueName: 'PagetestUpdater',
    registryValue: 'C:\\Users\\Public\\pagetest.exe /silent',
    registryValueType: 'String',
  },
};

/** What the Overview must show for each type, written out independently of the page's own field list. */
function expectedFields(entity: Entity): Record<string, string> {
  const dash = (value: string) => value || '—';
  switch (entity.type) {
    case 'device':
      return {
        'DNS name': entity.deviceDnsName,
        'OS platform': entity.osPlatform,
        'OS build': entity.osBuild,
        'Risk level': RISK_SCORE_LABELS[entity.riskScore],
        'Health state': HEALTH_STATUS_LABELS[entity.healthStatus],
        'Onboarding status': ONBOARDING_STATUS_LABELS[entity.onboardingStatus],
        Isolated: entity.isolated ? 'Yes' : 'No',
        'IP addresses': dash(entity.ipAddresses.join(' | ')),
        'Logged-on users': dash(entity.loggedOnUsers.join(' | ')),
      };
    case 'user':
      return {
        'User principal name': entity.userPrincipalName,
        'Account name': dash(entity.accountName),
        Domain: dash(entity.domainName),
        Department: dash(entity.department),
        'Risk level': RISK_LEVEL_LABELS[entity.riskLevel],
        'Account enabled': entity.accountEnabled ? 'Yes' : 'No',
      };
    case 'mailbox':
      return { 'Primary address': entity.primaryAddress, 'User principal name': entity.userPrincipalName };
    case 'ip':
      return { 'IP address': entity.ipAddress };
    case 'url':
      return { URL: entity.url };
    case 'file':
      return { 'File name': entity.fileName, 'File path': entity.filePath, 'SHA-256': entity.sha256, 'SHA-1': entity.sha1 };
    case 'process':
      return {
        'Image file name': entity.imageFileName,
        'Process ID': String(entity.processId),
        'Parent process ID': String(entity.parentProcessId),
        'Command line': entity.processCommandLine,
        'User account': dash(entity.userAccount),
      };
    case 'cloudApplication':
      return { 'App ID': String(entity.appId), 'Instance name': entity.instanceName };
    case 'azureResource':
      return { 'Resource name': entity.resourceName, 'Resource type': entity.resourceType, 'Resource ID': entity.resourceId };
    case 'registryKey':
      return { 'Registry hive': entity.registryHive, 'Registry key': entity.registryKey };
    case 'registryValue':
      return {
        'Registry hive': entity.registryHive,
        'Registry key': entity.registryKey,
        'Value name': entity.registryValueName,
        'Value type': entity.registryValueType,
        'Value data': entity.registryValue,
      };
    case 'unknown':
      return { 'Evidence type': entity.odataType };
  }
}

describe('soc-entity-page', () => {
  let test: TestBackend;
  let api: HttpIncidentApi;
  const clock = () => TEST_NOW;

  before(async () => {
    // A still service clock: insights computed by the test and by the page see the same "now".
    test = await startTestBackend({ clock });
  });
  after(() => test.worker.stop());
  beforeEach(() => {
    freshState(test);
    api = new HttpIncidentApi({ baseUrl: BASE_URL });
  });

  const service = () => test.backend.service;
  const root = (el: SocEntityPage) => el.shadowRoot!;
  const squash = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
  const text = (el: SocEntityPage) => squash(root(el).textContent);
  const button = (el: SocEntityPage, label: string) =>
    [...root(el).querySelectorAll('button')].find((b) => squash(b.textContent) === label);
  /** What a stray element looks like: a failure then names it (a DOM node itself does not travel to the report). */
  const markupOf = (node: Element | null) => node?.outerHTML ?? null;
  const incidentButtons = (el: SocEntityPage) => [...root(el).querySelectorAll<HTMLButtonElement>('button.incident')];

  /** The Overview as label → shown value; list values joined with " | ". */
  function shownFields(el: SocEntityPage): Record<string, string> {
    const pairs = [...root(el).querySelectorAll('.details .field')].map((field) => {
      const dd = field.querySelector('dd')!;
      const items = [...dd.querySelectorAll('li')];
      const value = items.length ? items.map((li) => squash(li.textContent)).join(' | ') : squash(dd.textContent);
      return [squash(field.querySelector('dt')!.textContent), value] as const;
    });
    return Object.fromEntries(pairs);
  }

  /**
   * The page in a wide container. The timeline has tests of its own: only the tests about the page
   * around it show it, the others get a client without timelines and so skip its requests.
   */
  async function mount(
    entityId: string | undefined,
    options: { backLabel?: string; client?: IncidentApi; timeline?: boolean } = {},
  ) {
    const client = options.client ?? (options.timeline ? api : withoutCapability(api, 'entityTimeline'));
    const wrapper = await fixture(
      html`<div ${styleProps({ width: '1400px' })}>
        ${entityPageTemplate({ api: client, entityId, backLabel: options.backLabel, clock })}
      </div>`,
    );
    return wrapper.querySelector('soc-entity-page')!;
  }

  const loaded = (el: SocEntityPage) => waitUntil(() => root(el).querySelector('.details .field'), 'the entity loads', PATIENCE);
  const insightsLoaded = (el: SocEntityPage) =>
    waitUntil(() => root(el).querySelector('.insights .seen'), 'the insights load', PATIENCE);

  /** Ingests one incident naming `evidence`; returns the stored entities in the same order. */
  function ingest(evidence: Record<string, unknown>[], incident: { name?: string; tags?: string[] } = {}): Entity[] {
    const created = service().createIncident(service().principalFor('responder'), {
      displayName: incident.name ?? 'Entity page test',
      customTags: incident.tags ?? [],
      alerts: [{ title: 'Entity page test alert', severity: 'high', evidence: evidence as never }],
    });
    const stored = service().listEvidence(created.id);
    return evidence.map((json) => {
      const { type, displayName } = entityFromGraphEvidence(json);
      const found = stored.find((entity) => entity.type === type && entity.displayName === displayName);
      if (!found) throw new Error(`The ${type} "${displayName}" was not stored.`);
      return service().getEntity(found.id);
    });
  }

  const shared = new Map<EntityType, string>();

  /** A generated entity named by at least two incidents, so that the insights have a list to compare. */
  function sharedEntity(type: EntityType = 'device'): Entity {
    const known = shared.get(type);
    if (known) return service().getEntity(known);
    for (const incident of service().listIncidents({ top: 50 }).items) {
      for (const entity of service().listEvidence(incident.id)) {
        if (entity.type === type && service().getEntityInsights(entity.id).relatedIncidents.length >= 2) {
          shared.set(type, entity.id);
          return entity;
        }
      }
    }
    throw new Error(`The generated data has no ${type} in two incidents.`);
  }

  it('shows a device as the service stores it: header and overview', async function () {
    const device = sharedEntity('device');
    const stored = service().getEntity(device.id);
    const el = await mount(device.id, { timeline: true });
    await loaded(el);

    expect(squash(root(el).querySelector('h1')!.textContent)).to.equal(stored.displayName);
    expect(squash(root(el).querySelector('header .type')!.textContent)).to.equal('Device');
    const verdict = root(el).querySelector('header .verdict')!;
    expect(verdict.classList.contains(stored.verdict)).to.be.true;
    expect(verdict.textContent).to.equal(VERDICT_LABELS[stored.verdict]);
    expect(shownFields(el)).to.include(expectedFields(stored));

    await insightsLoaded(el);
    const timeline = root(el).querySelector('soc-entity-timeline')!;
    await waitUntil(() => timeline.shadowRoot?.querySelector('[role="listbox"][aria-busy="false"]'), 'the timeline loads', PATIENCE);
    await expect(el).to.be.accessible();
  });

  it('offers "Run playbook" on the entity, with only the playbooks that run on its type', async function () {
    const user = sharedEntity('user');
    const el = await mount(user.id);
    await loaded(el);
    const runner = root(el).querySelector('soc-playbook-runner')!;
    expect(runner.target).to.deep.equal({ kind: 'entity', id: user.id });
    expect(runner.entityType).to.equal('user');
    runner.shadowRoot!.querySelector<HTMLButtonElement>('#run-playbook')!.click();
    await waitUntil(() => runner.shadowRoot!.querySelector('.choice'), 'the playbooks load', PATIENCE);
    const offered = [...runner.shadowRoot!.querySelectorAll<HTMLElement>('.choice')].map((choice) => choice.dataset.playbookId);
    const expected = service()
      .listPlaybooks()
      .filter((playbook) => playbook.triggerKind === 'entity' && (!playbook.entityTypes || playbook.entityTypes.includes('user')))
      .map((playbook) => playbook.id);
    expect(offered).to.have.members(expected);
    expect(offered.length).to.be.greaterThan(0);
  });

  it('shows the fields of every entity type', async () => {
    const types = Object.keys(EVIDENCE_OF_EACH_TYPE) as (keyof typeof EVIDENCE_OF_EACH_TYPE)[];
    const entities = ingest(types.map((type) => EVIDENCE_OF_EACH_TYPE[type]));
    expect(entities.map((entity) => entity.type)).to.deep.equal(types);
    const el = await mount(entities[0]!.id);

    for (const entity of entities) {
      el.entityId = entity.id;
      await waitUntil(() => squash(root(el).querySelector('h1')?.textContent) === entity.displayName, `${entity.type} loads`, PATIENCE);
      expect(squash(root(el).querySelector('header .type')!.textContent), entity.type).to.equal(ENTITY_TYPE_LABELS[entity.type]);
      expect(shownFields(el), entity.type).to.include(expectedFields(entity));
    }
  });

  it('writes out values in words: risk, health, onboarding, sizes, countries', async () => {
    const [device, user, ip, file] = ingest([
      EVIDENCE_OF_EACH_TYPE.device,
      EVIDENCE_OF_EACH_TYPE.user,
      EVIDENCE_OF_EACH_TYPE.ip,
      EVIDENCE_OF_EACH_TYPE.file,
    ]);
    const el = await mount(device!.id);
    await loaded(el);
    expect(shownFields(el)).to.include({
      'Risk level': 'Medium',
      'Health state': 'Impaired communication',
      'Onboarding status': 'Can be onboarded',
      'IP addresses': '10.9.8.7 | fe80::1',
      'Logged-on users': 'CONTOSO\\pagetest | CONTOSO\\second',
    });
    const tags = [...root(el).querySelectorAll('header .tags li')].map((li) => li.textContent);
    expect(tags).to.deep.equal(['Finance', 'VIP']);
    expect(squash(root(el).querySelector('.remediation-status')!.textContent)).to.equal('Pending approval');

    el.entityId = user!.id;
    await waitUntil(() => shownFields(el)['Department'] === 'Treasury', 'the user loads', PATIENCE);
    expect(shownFields(el)).to.include({ 'Risk level': 'High', 'Account enabled': 'No' });

    el.entityId = ip!.id;
    await waitUntil(() => shownFields(el)['IP address'] === '198.51.100.77', 'the address loads', PATIENCE);
    const netherlands = new Intl.DisplayNames(undefined, { type: 'region' }).of('NL');
    expect(shownFields(el)['Country']).to.equal(`${netherlands} (NL)`);

    el.entityId = file!.id;
    await waitUntil(() => shownFields(el)['File name'] === 'pagetest.exe', 'the file loads', PATIENCE);
    expect(shownFields(el)['Size']).to.include(`${(2_516_582).toLocaleString()} bytes`).and.include('MB');
  });

  it('lists every property of evidence of an unknown type as text', async () => {
    const [other] = ingest([
      {
        '@odata.type': graphType('oauthApplicationEvidence'),
        displayName: 'Pagetest OAuth app',
        publisher: 'Unverified publisher',
        permissions: ['Mail.Read', 'Files.ReadWrite.All'],
        consent: { by: 'meganb@contoso.com', scope: 'user' },
        riskScore: 87,
      },
    ]);
    const el = await mount(other!.id);
    await loaded(el);
    expect(squash(root(el).querySelector('header .type')!.textContent)).to.equal('Other evidence');
    expect(shownFields(el)).to.include({
      'Evidence type': graphType('oauthApplicationEvidence'),
      displayName: 'Pagetest OAuth app',
      publisher: 'Unverified publisher',
      permissions: 'Mail.Read | Files.ReadWrite.All',
      consent: '{"by":"meganb@contoso.com","scope":"user"}',
      riskScore: '87',
    });
  });

  it('shows insights that agree with the service', async () => {
    const device = sharedEntity('device');
    const insights = service().getEntityInsights(device.id);
    const el = await mount(device.id);
    await insightsLoaded(el);

    expect(squash(root(el).querySelector('.first-seen')!.textContent)).to.include(formatDateTime(insights.firstSeen));
    expect(squash(root(el).querySelector('.last-seen')!.textContent)).to.include(formatDateTime(insights.lastSeen));

    const shown = incidentButtons(el);
    expect(shown.map((b) => b.dataset.incidentId)).to.deep.equal(insights.relatedIncidents.map((incident) => incident.id));
    shown.forEach((b, index) => {
      const incident = insights.relatedIncidents[index]!;
      expect(squash(b.querySelector('.incident-name')!.textContent)).to.equal(incident.displayName);
      const severity = b.querySelector('.severity')!;
      expect(severity.classList.contains(incident.severity)).to.be.true;
      expect(severity.textContent).to.equal(SEVERITY_LABELS[incident.severity]);
      expect(squash(b.querySelector('.incident-status')!.textContent)).to.equal(INCIDENT_STATUS_LABELS[incident.status]);
    });
    expect(squash(root(el).querySelector('#related-heading .count')!.textContent)).to.equal(String(shown.length));

    const activities = [...root(el).querySelectorAll('.activity-list li')].map((li) => ({
      title: squash(li.querySelector('.activity-title')!.textContent),
      count: Number(squash(li.querySelector('.activity-count')!.textContent).replace(/\D/g, '')),
    }));
    expect(activities).to.deep.equal(insights.mostFrequentActivities);
    expect(activities.length).to.be.greaterThan(0);
  });

  it('opens a related incident by click, Enter and Space', async () => {
    const device = sharedEntity('device');
    const related = service().getEntityInsights(device.id).relatedIncidents;
    const el = await mount(device.id);
    await insightsLoaded(el);

    setTimeout(() => incidentButtons(el)[0]!.click());
    const clicked = (await oneEvent(el, 'soc-incident-open')) as IncidentOpenEvent;
    expect(clicked.bubbles).to.be.true;
    expect(clicked.composed).to.be.true;
    expect(clicked.detail.incident).to.deep.equal(related[0]);

    incidentButtons(el)[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(incidentButtons(el)[1]);
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const entered = (await oneEvent(el, 'soc-incident-open')) as IncidentOpenEvent;
    expect(entered.detail.incident.id).to.equal(related[1]!.id);

    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(root(el).activeElement).to.equal(incidentButtons(el)[0]);
    setTimeout(() => void sendKeys({ press: 'Space' }));
    const spaced = (await oneEvent(el, 'soc-incident-open')) as IncidentOpenEvent;
    expect(spaced.detail.incident.id).to.equal(related[0]!.id);
  });

  it('has a back button only with a back label, and it asks to close by click and keyboard', async () => {
    const device = sharedEntity('device');
    const without = await mount(device.id);
    await loaded(without);
    expect(markupOf(root(without).querySelector('.back'))).to.be.null;

    const el = await mount(device.id, { backLabel: 'Back to incident' });
    await loaded(el);
    const back = button(el, 'Back to incident')!;
    expect(back).to.exist;

    setTimeout(() => back.click());
    const clicked = (await oneEvent(el, 'soc-request-close')) as RequestCloseEvent;
    expect(clicked.bubbles && clicked.composed && clicked.cancelable).to.be.true;

    const before = document.createElement('button');
    before.textContent = 'Before';
    el.parentElement!.prepend(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(back);
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    await oneEvent(el, 'soc-request-close');
  });

  it('links a URL only when it is http(s), and always shows it as text', async () => {
    const [web, script, mail] = ingest([
      { '@odata.type': graphType('urlEvidence'), url: 'https://pagetest.example.com/a?b=1' },
      { '@odata.type': graphType('urlEvidence'), url: 'javascript:window.__socEntityPagePwned=1' },
      { '@odata.type': graphType('urlEvidence'), url: 'mailto:pagetest@example.com' },
    ]);
    const el = await mount(web!.id);
    await loaded(el);
    const link = root(el).querySelector<HTMLAnchorElement>('.details a')!;
    expect(link.href).to.equal('https://pagetest.example.com/a?b=1');
    expect(link.textContent).to.equal('https://pagetest.example.com/a?b=1');
    expect(link.rel).to.include('noopener');

    for (const entity of [script!, mail!]) {
      el.entityId = entity.id;
      await waitUntil(() => shownFields(el)['URL'] === (entity as { url: string }).url, `${entity.displayName} loads`, PATIENCE);
      expect(markupOf(root(el).querySelector('.details a')), entity.displayName).to.be.null;
    }
    expect(window.__socEntityPagePwned).to.be.undefined;
  });

  it('renders markup from the API as text', async () => {
    const [device] = ingest(
      [
        {
          ...EVIDENCE_OF_EACH_TYPE.device,
          hostName: `host ${MARKUP}`,
          deviceDnsName: `${MARKUP}.contoso.com`,
          mdeDeviceId: 'e'.repeat(40),
          osPlatform: `OS ${MARKUP}`,
          tags: [`tag ${MARKUP}`],
          loggedOnUsers: [`user ${MARKUP}`],
        },
      ],
      { name: `Incident ${MARKUP}` },
    );
    const el = await mount(device!.id);
    await loaded(el);
    await insightsLoaded(el);
    expect(squash(root(el).querySelector('h1')!.textContent)).to.equal(`host ${MARKUP}`);
    expect(shownFields(el)).to.include({ 'OS platform': `OS ${MARKUP}`, 'Logged-on users': `user ${MARKUP}` });
    expect(text(el)).to.include(`tag ${MARKUP}`);
    expect(squash(incidentButtons(el)[0]!.querySelector('.incident-name')!.textContent)).to.equal(`Incident ${MARKUP}`);
    expect(markupOf(root(el).querySelector('img, script'))).to.be.null;
    expect(window.__socEntityPagePwned).to.be.undefined;
  });

  it('passes the entity and the clock on to the timeline', async () => {
    const device = sharedEntity('device');
    const el = await mount(device.id, { timeline: true });
    await loaded(el);
    const timeline = root(el).querySelector('soc-entity-timeline') as (HTMLElement & { entityId?: string; clock?: () => number }) | null;
    expect(timeline).to.exist;
    expect(timeline!.entityId).to.equal(device.id);
    expect(timeline!.clock).to.equal(clock);
    expect(timeline!.closest('[part="timeline"]')).to.exist;
  });

  it('puts details, timeline and insights side by side when wide, and one above the other when narrow', async () => {
    const device = sharedEntity('device');
    const el = await mount(device.id, { timeline: true });
    await loaded(el);
    const columns = root(el).querySelector<HTMLElement>('.columns')!;
    const [details, timeline, insights] = ['details', 'timeline', 'insights'].map(
      (part) => root(el).querySelector<HTMLElement>(`[part="${part}"]`)!.getBoundingClientRect(),
    );
    expect(getComputedStyle(columns).gridTemplateColumns.split(' ')).to.have.length(3);
    expect(details!.right).to.be.lessThan(timeline!.left);
    expect(timeline!.right).to.be.lessThan(insights!.left);
    expect(details!.width).to.be.within(240, 300);
    expect(insights!.width).to.be.within(240, 300);

    el.closest('div')!.style.width = '700px';
    await waitUntil(() => getComputedStyle(columns).gridTemplateColumns.split(' ').length === 1, 'the columns stack', PATIENCE);
    const [narrowDetails, narrowInsights] = ['details', 'insights'].map(
      (part) => root(el).querySelector<HTMLElement>(`[part="${part}"]`)!.getBoundingClientRect(),
    );
    expect(narrowInsights!.top).to.be.greaterThan(narrowDetails!.bottom);
  });

  it('shows a loading state while the entity loads', async () => {
    test.backend.setScenario({ latencyMs: 2_000 });
    const el = await mount(sharedEntity('device').id, { backLabel: 'Back to incident' });
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('Loading entity…');
    expect(button(el, 'Back to incident')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says when the entity does not exist, keeping the way back', async () => {
    const el = await mount('device:mde:does-not-exist', { backLabel: 'Back to incident' });
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the not-found state shows', PATIENCE);
    expect(squash(root(el).querySelector('h1')!.textContent)).to.equal('Entity not found');
    expect(text(el)).to.include('device:mde:does-not-exist');
    expect(button(el, 'Retry')).to.be.undefined;
    expect(button(el, 'Back to incident')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows a server error with Retry, and loads on retry', async () => {
    const device = sharedEntity('device');
    test.backend.setScenario({ errorRate: 1 });
    const el = await mount(device.id);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the error shows', PATIENCE);
    expect(text(el)).to.include("Couldn't load the entity");
    await expect(el).to.be.accessible();

    test.backend.setScenario({ errorRate: 0 });
    button(el, 'Retry')!.click();
    await loaded(el);
    await insightsLoaded(el);
  });

  it('says when to retry when throttled', async () => {
    test.backend.setScenario({ throttled: true });
    const el = await mount(sharedEntity('device').id);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the error shows', PATIENCE);
    expect(text(el)).to.match(/Try again in \d+ seconds?/);
  });

  it('says the role cannot view entities when forbidden, without Retry', async () => {
    // A host's API may refuse reading too; the mock's refuses only writes.
    test.worker.use(
      ...offContract(
        http.get(`${BASE_URL}/entities/:id`, () =>
          HttpResponse.json({ error: { code: 'forbidden', message: 'Entities are restricted.' } }, { status: 403 }),
        ),
      ),
    );
    const el = await mount(sharedEntity('device').id);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the error shows', PATIENCE);
    expect(text(el)).to.include('Your role cannot view entities').and.include('Entities are restricted.');
    expect(button(el, 'Retry')).to.be.undefined;
  });

  it('keeps the details when only the insights fail, and retries them alone', async () => {
    const device = sharedEntity('device');
    test.worker.use(
      http.get(`${BASE_URL}/entities/:id/insights`, () =>
        HttpResponse.json({ error: { code: 'server', message: 'Insights are down.' } }, { status: 500 }),
      ),
    );
    const el = await mount(device.id, { timeline: true });
    await loaded(el);
    await waitUntil(() => root(el).querySelector('.insights [role="alert"]'), 'the insights error shows', PATIENCE);
    expect(squash(root(el).querySelector('.insights')!.textContent)).to.include("Couldn't load insights").and.include('Insights are down.');
    expect(shownFields(el)).to.include(expectedFields(service().getEntity(device.id)));
    await expect(el).to.be.accessible();

    test.worker.resetHandlers();
    button(el, 'Retry')!.click();
    await insightsLoaded(el);
    expect(incidentButtons(el).length).to.equal(service().getEntityInsights(device.id).relatedIncidents.length);
  });

  it('says so when the client has no entity pages, and asks it for nothing', async () => {
    const calls: string[] = [];
    const recording = new Proxy(withoutCapability(api, 'entityPages'), {
      get(target, key) {
        const value = Reflect.get(target, key) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(String(key));
          return (value as (...a: unknown[]) => unknown)(...args);
        };
      },
    });
    const el = await mount(sharedEntity('device').id, { client: recording, backLabel: 'Back to incident' });
    await el.updateComplete;
    expect(text(el)).to.include("Entity pages aren't available");
    expect(button(el, 'Back to incident')).to.exist;
    expect(calls).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('says so in the centre when the client has entity pages but no timelines', async () => {
    const device = sharedEntity('device');
    const el = await mount(device.id, { client: withoutCapability(api, 'entityTimeline') });
    await loaded(el);
    expect(markupOf(root(el).querySelector('soc-entity-timeline'))).to.be.null;
    expect(squash(root(el).querySelector('[part="timeline"]')!.textContent)).to.include("doesn't provide entity timelines");
    await insightsLoaded(el);
    await expect(el).to.be.accessible();
  });

  it('says no entity is selected without an ID', async () => {
    const el = await mount(undefined);
    expect(text(el)).to.include('No entity selected');
  });
});
