import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { attackStoryTemplate } from '../../../../stories/attack-story.stories.js';
import type { Alert } from '../api/index.js';
import { mountInLanguage, switchLanguage, testApi, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import { formatDateTime } from '../internal/format.js';
import type { SocAttackStory } from './attack-story.js';

describe('soc-attack-story in other languages', function () {
  before(() => setViewport({ width: 1400, height: 900 }));
  const test = useTestBackend();

  const root = (el: SocAttackStory) => el.shadowRoot!;
  const cards = (el: SocAttackStory) => [...root(el).querySelectorAll<HTMLElement>('li.alert')];
  const heading = (el: SocAttackStory) => root(el).querySelector('#story-heading')!.textContent;
  const detailLabels = (el: SocAttackStory) => [...root(el).querySelectorAll('.details dt')].map((dt) => dt.textContent);

  /** A generated incident with several alerts, of which at least one names evidence. */
  function busyIncident(): { id: string; alerts: Alert[] } {
    for (const incident of test.backend.service.listIncidents({ top: 50 }).items) {
      const alerts = test.backend.service.listIncidentAlerts(incident.id);
      if (alerts.length > 2 && alerts.some((alert) => alert.evidence.length > 0)) return { id: incident.id, alerts };
    }
    throw new Error('The generated data has no incident with several alerts and evidence.');
  }

  const mount = (lang: string, incidentId: string) =>
    mountInLanguage(lang, 'soc-attack-story', attackStoryTemplate({ api: testApi(), incidentId }), {
      provider: false,
      until: (el) => cards(el).length > 0,
      message: 'the alert story loads',
    });

  it('shows German inside lang="de", with German dates and counts, and Japanese once the lang changes to "ja"', async () => {
    const { id, alerts } = busyIncident();
    const { wrapper, el } = await mount('de', id);

    await waitUntil(() => heading(el) === 'Warnungsgeschichte', 'German headings show', TRANSLATION_LOADS);
    expect(root(el).querySelector('#graph-heading')!.textContent).to.equal('Vorfalldiagramm');
    expect(root(el).querySelector('.region-header .count')!.textContent).to.equal(`${alerts.length} Warnungen`);
    expect(root(el).querySelector('ol.alerts')!.getAttribute('aria-label')).to.equal('Warnungen, älteste zuerst');
    const time = cards(el)[0].querySelector('time')!;
    expect(time.textContent).to.equal(formatDateTime(time.dateTime, 'de'));
    expect(time.textContent).to.not.equal(formatDateTime(time.dateTime, 'en'));

    const disclosure = cards(el)[0].querySelector<HTMLButtonElement>('button.disclosure')!;
    expect(disclosure.title).to.equal('Details anzeigen');
    disclosure.click();
    await el.updateComplete;
    expect(disclosure.title).to.equal('Details ausblenden');
    expect(detailLabels(el)).to.include.members(['Kategorie', 'MITRE-Techniken', 'Klassifizierung', 'Warnungs-ID']);

    await switchLanguage(wrapper, 'ja', () => heading(el) === 'アラート ストーリー', 'Japanese headings show');
    expect(root(el).querySelector('.region-header .count')!.textContent).to.equal(`アラート ${alerts.length} 件`);
    expect(detailLabels(el)).to.include.members(['カテゴリ', '分類', 'アラート ID']);
    const jaTime = cards(el)[0].querySelector('time')!;
    expect(jaTime.textContent).to.equal(formatDateTime(jaTime.dateTime, 'ja'));
  });

  it('takes every word it shows from its catalogs (pseudo-locale)', async () => {
    const { id } = busyIncident();
    const { el } = await mount('en-XA', id);
    for (const card of cards(el)) card.querySelector<HTMLButtonElement>('button.disclosure')!.click();
    await el.updateComplete;
    // Elements inside have tests of their own.
    expect(untranslatedText(root(el), { enter: () => false })).to.deep.equal([]);
  });
});
