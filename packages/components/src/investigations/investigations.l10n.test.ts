import { expect, waitUntil } from '@open-wc/testing';
import { investigationsTemplate } from '../../../../stories/investigations.stories.js';
import { TEST_NOW } from '../../../../test/support/test-backend.js';
import type { Incident } from '../api/index.js';
import { mountInLanguage, switchLanguage, testApi, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import { formatDateTime } from '../internal/format.js';
import { TestClock } from '../remediation/remediation.fixture.js';
import type { SocInvestigations } from './investigations.js';
import './define.js';

describe('soc-investigations in other languages', function () {
  const clock = new TestClock(TEST_NOW + 60_000);
  beforeEach(() => clock.reset());
  const test = useTestBackend({ clock: clock.now });

  const service = () => test.backend.service;
  const root = (el: SocInvestigations) => el.shadowRoot!;
  const rowButtons = (el: SocInvestigations) => [...root(el).querySelectorAll<HTMLButtonElement>('button.row-button')];
  const headings = (el: SocInvestigations) => [...root(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
  const details = (el: SocInvestigations) => root(el).querySelector<HTMLElement>('aside.details')!;

  /** A generated incident whose investigation waits for approval. */
  function pendingIncident(): Incident {
    const incident = service()
      .listIncidents({ top: 100 })
      .items.find(
        (candidate) =>
          candidate.investigationState === 'pendingApproval' &&
          service().listRemediationActions({ incidentId: candidate.id, status: ['pending'] }).length > 0,
      );
    if (!incident) throw new Error('The generated data has no investigation waiting for approval.');
    return incident;
  }

  async function mount(lang: string, incidentId: string) {
    const mounted = await mountInLanguage(lang, 'soc-investigations', investigationsTemplate({ api: testApi(), incidentId }), {
      provider: false,
      until: (el) => rowButtons(el).length > 0,
      message: 'the investigations load',
    });
    rowButtons(mounted.el)[0].click();
    await mounted.el.updateComplete;
    return mounted;
  }

  it('shows German inside lang="de", with German dates, and Japanese once the lang changes to "ja"', async () => {
    const incident = pendingIncident();
    const [investigation] = service().listInvestigations(incident.id);
    const { wrapper, el } = await mount('de', incident.id);

    await waitUntil(() => headings(el)[1] === 'Auslösende Warnung', 'German headings show', TRANSLATION_LOADS);
    expect(headings(el)).to.deep.equal(['ID', 'Auslösende Warnung', 'Status', 'Gestartet', 'Beendet', 'Untersuchte Entitäten']);
    const started = root(el).querySelector('tbody tr td.time time') as HTMLTimeElement;
    expect(started.textContent).to.equal(formatDateTime(investigation.startedDateTime, 'de'));
    expect(started.textContent).to.not.equal(formatDateTime(investigation.startedDateTime, 'en'));
    expect(details(el).querySelector('h2')!.textContent).to.equal(`Untersuchung ${investigation.id}`);
    expect(details(el).querySelector('#entities-heading')!.textContent).to.equal(
      `Untersuchte Entitäten (${investigation.entityIds.length})`,
    );
    expect(root(el).querySelector('.pending-count')!.textContent).to.match(/^\d+ ausstehend$/);

    await switchLanguage(wrapper, 'ja', () => headings(el)[1] === 'トリガーとなったアラート', 'Japanese headings show');
    expect(details(el).querySelector('h2')!.textContent).to.equal(`調査 ${investigation.id}`);
    expect((root(el).querySelector('tbody tr td.time time') as HTMLTimeElement).textContent).to.equal(
      formatDateTime(investigation.startedDateTime, 'ja'),
    );
    await expect(el).to.be.accessible();
  });

  it('takes every word it shows from its catalogs (pseudo-locale)', async () => {
    const { el } = await mount('en-XA', pendingIncident().id);
    // Elements inside have tests of their own.
    expect(untranslatedText(root(el), { enter: () => false })).to.deep.equal([]);
  });
});
