import { expect, html, waitUntil } from '@open-wc/testing';
import type { Incident } from '../api/index.js';
import { mountInLanguage, switchLanguage, testApi, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import '../incident-page/define.js';
import '../queue/define.js';
import '../summary/define.js';
import type { SocMergeIncidentsDialog } from './merge-incidents-dialog.js';

describe('merging incidents in other languages', function () {
  const test = useTestBackend();
  const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();

  /** Two active incidents made in the service, the second with more alerts. */
  async function incidents(): Promise<Incident[]> {
    const responder = test.backend.service.principalFor('responder');
    const made = [1, 3].map((count, i) =>
      test.backend.service.createIncident(responder, {
        displayName: `Phishing ${i + 1}`,
        alerts: Array.from({ length: count }, (_, n) => ({ title: `Alert ${n + 1}`, severity: 'high' })),
      }),
    );
    const api = testApi();
    return Promise.all(made.map((incident) => api.getIncident(incident.id)));
  }

  async function openDialog(lang: string) {
    const picked = await incidents();
    const { wrapper, el } = await mountInLanguage(lang, 'soc-merge-incidents-dialog', html`<soc-merge-incidents-dialog></soc-merge-incidents-dialog>`);
    await el.show(picked);
    return { wrapper, dialog: el, picked };
  }

  const dialogText = (dialog: SocMergeIncidentsDialog) => text(dialog.shadowRoot!);

  it('speaks German, then Japanese when the language changes, counts in the plural of each', async () => {
    const { wrapper, dialog, picked } = await openDialog('de');
    await waitUntil(() => dialog.shadowRoot!.querySelector('h2')?.textContent === 'Vorfälle zusammenführen', 'German shows', TRANSLATION_LOADS);
    expect(dialogText(dialog)).to.contain('Zusammenführen in').and.contain('Vorfallname').and.contain('Abbrechen');
    expect(dialogText(dialog)).to.contain(`ID ${picked[0]!.id} · Hoch · 1 Warnung`).and.contain(`ID ${picked[1]!.id} · Hoch · 3 Warnungen`);
    expect(dialog.shadowRoot!.querySelector('#merge-outcome')!.textContent).to.contain('als an das Ziel umgeleitet geschlossen');

    await switchLanguage(wrapper, 'ja', () => dialog.shadowRoot!.querySelector('h2')?.textContent === 'インシデントのマージ', 'Japanese shows');
    expect(dialogText(dialog)).to.contain('3 件のアラート').and.contain('マージ先');
    await expect(dialog).to.be.accessible();
  });

  it('leaves no string untranslated (pseudo-locale)', async () => {
    const { dialog } = await openDialog('en-XA');
    await waitUntil(() => dialog.shadowRoot!.querySelector('h2')?.textContent?.startsWith('⟦'), 'pseudo-locale shows', TRANSLATION_LOADS);
    expect(untranslatedText(dialog.shadowRoot!)).to.deep.equal([]);
  });

  it('words the merge notice of the incident page and the summary pane in German', async () => {
    const [source, target] = await incidents();
    await testApi().mergeIncidents({ targetId: target!.id, sourceIds: [source!.id] });
    const notice = `Vorfall ${source!.id} wurde in Vorfall ${target!.id} zusammengeführt`;

    const { el: page } = await mountInLanguage('de', 'soc-incident-page', html`<soc-incident-page .incidentId=${source!.id}></soc-incident-page>`, {
      until: (el) => el.shadowRoot!.querySelector('.redirect-notice')?.textContent?.includes('zusammengeführt'),
      message: 'the German notice on the page',
    });
    expect(text(page.shadowRoot!.querySelector('.redirect-notice')!)).to.equal(notice);

    const { el: summary } = await mountInLanguage('de', 'soc-incident-summary', html`<soc-incident-summary .incidentId=${source!.id}></soc-incident-summary>`, {
      until: (el) => el.shadowRoot!.querySelector('.redirect-notice')?.textContent?.includes('zusammengeführt'),
      message: 'the German notice in the pane',
    });
    expect(text(summary.shadowRoot!.querySelector('.redirect-notice')!)).to.equal(notice);
    expect(text(summary.shadowRoot!.querySelector('[part~="open-button"]')!)).to.equal(`Vorfall ${target!.id} öffnen`);
  });

  it('words "Merge" and its reason in the queue in German', async () => {
    test.backend.setScenario({ role: 'reader' });
    const { el: queue } = await mountInLanguage(
      'de',
      'soc-incident-queue',
      html`<soc-incident-queue storage-key="" initial-filter="none"></soc-incident-queue>`,
      { until: (el) => el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="merge"]')?.title.includes('zusammenführen'), message: 'German' },
    );
    const merge = queue.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="merge"]')!;
    expect(text(merge)).to.equal('Zusammenführen');
    expect(merge.title).to.equal('Mit Ihrer Rolle können Sie Vorfälle anzeigen, aber nicht zusammenführen');
  });
});
