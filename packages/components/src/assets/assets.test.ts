import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import { HttpIncidentApi, type Evidence } from '../api/index.js';
import type { EntityOpenEvent } from '../events/entity-open.js';
import { VERDICT_LABELS } from '../internal/labels.js';
import '../provider/define.js';
import { ASSET_GROUPS, groupOf, type AssetGroupKey } from './asset-groups.js';
import type { SocAssets } from './assets.js';
import './define.js';

const MARKUP = '<img src=x onerror="window.__socAssetsPwned=1">';

declare global {
  interface Window {
    __socAssetsPwned?: number;
  }
}

describe('soc-assets', () => {
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
  const root = (el: SocAssets) => el.shadowRoot!;
  const text = (el: SocAssets) => root(el).textContent!.replace(/\s+/g, ' ');
  const tabs = (el: SocAssets) => [...root(el).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const tab = (el: SocAssets, key: AssetGroupKey) => root(el).querySelector<HTMLButtonElement>(`#group-${key}`)!;
  const selectedTab = (el: SocAssets) => root(el).querySelector<HTMLButtonElement>('[role="tab"][aria-selected="true"]')!;
  const rows = (el: SocAssets) => [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const entityButtons = (el: SocAssets) => [...root(el).querySelectorAll<HTMLButtonElement>('button.entity')];

  async function mount(incidentId?: string): Promise<SocAssets> {
    const provider = await fixture(html`<soc-api-provider .api=${api}>
      <soc-assets .incidentId=${incidentId}></soc-assets>
    </soc-api-provider>`);
    return provider.querySelector('soc-assets')!;
  }

  const loaded = (el: SocAssets) => waitUntil(() => root(el).querySelector('[role="tablist"]'), 'assets load');

  /** A generated incident whose evidence falls in at least three groups. */
  function variedIncident(): { id: string; evidence: Evidence[] } {
    for (const incident of test.backend.service.listIncidents({ top: 50 }).items) {
      const evidence = test.backend.service.listEvidence(incident.id);
      if (new Set(evidence.map(groupOf)).size >= 3) return { id: incident.id, evidence };
    }
    throw new Error('The generated data has no incident with evidence in three groups.');
  }

  const ofGroup = (evidence: Evidence[], key: AssetGroupKey) => evidence.filter((item) => groupOf(item) === key);

  /** An incident ingested with one entity of each group, named `prefix` + its kind. */
  function ingestedIncident(prefix: string, extra: { name: string; tags: string[] } = { name: 'Assets', tags: [] }) {
    return test.backend.service.createIncident(responder(), {
      displayName: extra.name,
      customTags: extra.tags,
      alerts: [
        {
          title: `Alert ${prefix}`,
          severity: 'high',
          evidence: [
            {
              '@odata.type': '#microsoft.graph.security.deviceEvidence',
              hostName: `${prefix}device`,
              deviceDnsName: `${prefix}device.contoso.com`,
              osPlatform: `Windows11 ${prefix}`,
              riskScore: 'high',
              healthStatus: 'active',
              verdict: 'malicious',
              remediationStatus: 'none',
              roles: ['compromised'],
              tags: [`tag ${prefix}`],
            },
            {
              '@odata.type': '#microsoft.graph.security.userEvidence',
              userAccount: {
                displayName: `${prefix}user`,
                userPrincipalName: `${prefix}user@contoso.com`,
                accountName: 'user',
                domainName: 'CONTOSO',
              },
              department: `Finance ${prefix}`,
              verdict: 'suspicious',
              roles: ['attacked'],
            },
            {
              '@odata.type': '#microsoft.graph.security.urlEvidence',
              url: `https://example.com/${prefix}url`,
              verdict: 'unknown',
              roles: [],
            },
          ],
        },
      ],
    });
  }

  it('counts the evidence of each group as the service lists it', async () => {
    const { id, evidence } = variedIncident();
    const el = await mount(id);
    await loaded(el);

    expect(tabs(el).map((t) => t.querySelector('.group-label')!.textContent)).to.deep.equal(
      ASSET_GROUPS.map((group) => group.label),
    );
    for (const group of ASSET_GROUPS) {
      expect(tab(el, group.key).querySelector('.count')!.textContent, group.label).to.equal(
        String(ofGroup(evidence, group.key).length),
      );
    }
    const first = ASSET_GROUPS.find((group) => ofGroup(evidence, group.key).length > 0)!;
    expect(selectedTab(el).id).to.equal(`group-${first.key}`);
    await expect(el).to.be.accessible();
  });

  it('lists the entities of the chosen group with their verdict, status and roles', async () => {
    const { id, evidence } = variedIncident();
    const el = await mount(id);
    await loaded(el);

    for (const group of ASSET_GROUPS) {
      const expected = ofGroup(evidence, group.key);
      if (expected.length === 0) continue;
      tab(el, group.key).click();
      await el.updateComplete;
      expect(selectedTab(el).id).to.equal(`group-${group.key}`);
      const shown = rows(el);
      expect(shown.map((row) => row.dataset.entityId), group.label).to.deep.equal(expected.map((item) => item.id));
      shown.forEach((row, index) => {
        const entity = expected[index];
        expect(row.querySelector('button.entity')!.textContent!.trim()).to.equal(entity.displayName);
        const verdict = row.querySelector('.verdict')!;
        expect(verdict.classList.contains(entity.verdict)).to.be.true;
        expect(verdict.textContent).to.equal(VERDICT_LABELS[entity.verdict]);
      });
      const headings = [...root(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      expect(headings).to.deep.equal([
        'Name',
        'Verdict',
        'Remediation status',
        'Roles',
        ...group.columns.map((column) => column.heading),
      ]);
    }
  });

  it('shows the type-specific columns of devices and users in words', async () => {
    const created = ingestedIncident('x');
    const el = await mount(created.id);
    await loaded(el);

    expect(selectedTab(el).id).to.equal('group-devices');
    const device = rows(el)[0].textContent!.replace(/\s+/g, ' ');
    expect(device).to.include('xdevice').and.include('Malicious').and.include('Compromised');
    expect(device).to.include('Windows11 x').and.include('High').and.include('Active');

    tab(el, 'users').click();
    await el.updateComplete;
    const user = rows(el)[0].textContent!.replace(/\s+/g, ' ');
    expect(user).to.include('xuser@contoso.com').and.include('Finance x').and.include('Suspicious').and.include('Attacked');
    expect(user).to.include('Yes');

    tab(el, 'other').click();
    await el.updateComplete;
    expect(rows(el)[0].textContent).to.include('URL');
    expect(tab(el, 'mailboxes').querySelector('.count')!.textContent).to.equal('0');
  });

  it('moves between groups with the arrow keys, Home and End', async () => {
    const created = ingestedIncident('k');
    const el = await mount(created.id);
    await loaded(el);

    tab(el, 'devices').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(selectedTab(el).id).to.equal('group-users');
    expect(root(el).activeElement).to.equal(tab(el, 'users'));
    expect(rows(el)[0].textContent).to.include('kuser');

    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(selectedTab(el).id).to.equal('group-other');
    expect(root(el).activeElement).to.equal(tab(el, 'other'));

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(selectedTab(el).id).to.equal('group-devices');

    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(selectedTab(el).id).to.equal('group-other');

    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(tab(el, 'devices'));
    expect(tabs(el).filter((t) => t.tabIndex === 0)).to.deep.equal([tab(el, 'devices')]);
  });

  it('asks to open an entity by click and by Enter', async () => {
    const { id, evidence } = variedIncident();
    const el = await mount(id);
    await loaded(el);
    const shownKey = selectedTab(el).id.replace('group-', '') as AssetGroupKey;
    const expected = ofGroup(evidence, shownKey);

    setTimeout(() => entityButtons(el)[0].click());
    const clicked = (await oneEvent(el, 'soc-entity-open')) as EntityOpenEvent;
    expect(clicked.composed).to.be.true;
    expect(clicked.bubbles).to.be.true;
    expect(clicked.detail.entity.id).to.equal(expected[0].id);
    expect(clicked.detail.entity.type).to.equal(expected[0].type);

    const last = entityButtons(el).at(-1)!;
    last.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const pressed = (await oneEvent(el, 'soc-entity-open')) as EntityOpenEvent;
    expect(pressed.detail.entity.id).to.equal(expected.at(-1)!.id);
  });

  it('shows names as text, not as links, for a client without entity pages', async () => {
    class WithoutEntityPages extends HttpIncidentApi {
      override readonly capabilities = new Set(['evidence'] as const);
    }
    api = new WithoutEntityPages({ baseUrl: BASE_URL });
    const { id, evidence } = variedIncident();
    const el = await mount(id);
    await loaded(el);
    expect(entityButtons(el)).to.have.length(0);
    const names = [...root(el).querySelectorAll('tbody .entity-name')].map((name) => name.textContent);
    expect(names.length).to.be.greaterThan(0);
    expect(evidence.map((item) => item.displayName || item.id)).to.include.members(names);
  });

  it('reaches the entities from the groups with Tab', async () => {
    const created = ingestedIncident('t');
    const el = await mount(created.id);
    await loaded(el);
    tab(el, 'devices').focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(entityButtons(el)[0]);
  });

  it('says "No assets" when the incident has no evidence', async () => {
    const created = test.backend.service.createIncident(responder(), {
      displayName: 'Nothing found',
      alerts: [{ title: 'Lonely alert', severity: 'low' }],
    });
    const el = await mount(created.id);
    await waitUntil(() => /No assets/.test(text(el)), 'empty state shows');
    expect(root(el).querySelector('[role="tablist"]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('shows a loading state while the evidence loads', async () => {
    test.backend.setScenario({ latencyMs: 2_000 });
    const { id } = variedIncident();
    const el = await mount(id);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('Loading assets…');
    await expect(el).to.be.accessible();
  });

  it('shows a server error with Retry, and loads on retry', async () => {
    const { id } = variedIncident();
    test.backend.setScenario({ errorRate: 1 });
    const el = await mount(id);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'error shows');
    expect(text(el)).to.include("Couldn't load assets");
    await expect(el).to.be.accessible();

    test.backend.setScenario({ errorRate: 0 });
    [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Retry')!.click();
    await loaded(el);
  });

  it('says when to retry when throttled', async () => {
    const { id } = variedIncident();
    test.backend.setScenario({ throttled: true });
    const el = await mount(id);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'error shows');
    expect(text(el)).to.match(/Try again in \d+ seconds?/);
  });

  it('starts at the first group with entities again for another incident', async () => {
    const { id, evidence } = variedIncident();
    const first = ingestedIncident('a');
    const el = await mount(first.id);
    await loaded(el);
    tab(el, 'other').click();
    await el.updateComplete;
    const firstGroup = ASSET_GROUPS.find((group) => ofGroup(evidence, group.key).length > 0)!;
    el.incidentId = id;
    await waitUntil(() => rows(el)[0]?.dataset.entityId === ofGroup(evidence, firstGroup.key)[0].id, 'the other incident loads');
    expect(selectedTab(el).id).to.equal(`group-${firstGroup.key}`);
  });

  it('renders markup from the API as text', async () => {
    const created = ingestedIncident(MARKUP, { name: `Name ${MARKUP}`, tags: [`Tag ${MARKUP}`] });
    const el = await mount(created.id);
    await loaded(el);
    expect(entityButtons(el)[0].textContent!.trim()).to.equal(`${MARKUP}device`);
    expect(text(el)).to.include(`Windows11 ${MARKUP}`);
    tab(el, 'users').click();
    await el.updateComplete;
    expect(text(el)).to.include(`${MARKUP}user`);
    expect(text(el)).to.include(`Finance ${MARKUP}`);
    expect(root(el).querySelector('img, script')).to.be.null;
    expect(window.__socAssetsPwned).to.be.undefined;
  });
});
