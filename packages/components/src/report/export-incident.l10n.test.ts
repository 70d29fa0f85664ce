import { expect, html, waitUntil } from '@open-wc/testing';
import { BASE_URL, TEST_NOW } from '../../../../test/support/test-backend.js';
import { HttpIncidentApi } from '../api/index.js';
import { mountInLanguage, switchLanguage, testApi, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { Localizer } from '../i18n/localizer.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import './define.js';
import type { SocExportIncident } from './export-incident.js';
import { gatherIncidentReport } from './incident-report.js';
import { reportCatalog } from './messages.js';
import { escapeMarkdown, incidentReportMarkdown } from './report-markdown.js';

/** Gathering a report takes several requests: on a loaded machine that is more than a second. */
const SETTLED = { timeout: 10_000 };

describe('incident report in other languages', function () {
  const test = useTestBackend();
  const service = () => test.backend.service;

  /** An incident with several alerts and at least one remediation action. */
  function busyIncidentId(): string {
    for (const incident of service().listIncidents({ top: 30 }).items) {
      if (incident.alertCount >= 2 && service().listRemediationActions({ incidentId: incident.id }).length > 0) return incident.id;
    }
    throw new Error('The generated data has no incident with alerts and remediation actions.');
  }

  async function localizer(language: string) {
    const l10n = new Localizer(reportCatalog, language);
    await l10n.load();
    return l10n;
  }

  it('writes the Markdown report in German and in Japanese', async () => {
    const id = busyIncidentId();
    const responder = service().principalFor('responder');
    service().addComment(responder, id, 'Contained.');
    const report = await gatherIncidentReport(testApi(), id, { now: TEST_NOW });

    const de = incidentReportMarkdown(report, await localizer('de'));
    expect(de).to.match(/^# Vorfallbericht: /);
    expect(de).to.include('- **Vorfall-ID:** ');
    expect(de).to.include('- **Schweregrad:** ');
    for (const heading of ['## Warnungen', '## Beweise', '## Ergriffene Maßnahmen', '## Kommentare', '## Aktivität']) {
      expect(de).to.include(`\n${heading}\n`);
    }
    expect(de).to.include('| Erste Aktivität | Schweregrad | Warnung | Quelle | Techniken |');
    const author = report.comments.find((comment) => comment.comment === 'Contained.')!.createdBy;
    expect(de).to.include(`**${escapeMarkdown(author)}**, `);
    expect(de).not.to.include('## Alerts');

    const ja = incidentReportMarkdown(report, await localizer('ja'));
    expect(ja).to.match(/^# インシデント レポート: /);
    expect(ja).to.include('- **インシデント ID:** ');
    expect(ja).to.include('\n## アラート\n');
    expect(ja).to.include('\n## コメント\n');
  });

  it('says in German which sections the backend cannot provide', async () => {
    class EvidenceOnly extends HttpIncidentApi {
      override readonly capabilities = new Set(['evidence'] as const);
    }
    const report = await gatherIncidentReport(new EvidenceOnly({ baseUrl: BASE_URL }), busyIncidentId());
    const markdown = incidentReportMarkdown(report, await localizer('de'));
    expect(markdown).to.include('Nicht enthalten: Dieses Back-End stellt diese Daten nicht bereit.');
  });

  describe('soc-export-incident', () => {
    const root = (el: SocExportIncident) => el.shadowRoot!;
    const button = (el: SocExportIncident) => root(el).querySelector<HTMLButtonElement>('#export')!;
    const items = (el: SocExportIncident) =>
      [...root(el).querySelectorAll<HTMLButtonElement>('[role="menuitem"]')].map((item) => item.textContent!.trim());

    const mount = (lang: string) =>
      mountInLanguage(
        lang,
        'soc-export-incident',
        html`<soc-export-incident .incidentId=${busyIncidentId()} .clock=${() => TEST_NOW}></soc-export-incident>`,
      );

    it('shows German inside lang="de" and Japanese once the lang changes to "ja"', async () => {
      const { wrapper, el } = await mount('de');
      await waitUntil(() => button(el).textContent!.trim() === 'Exportieren', 'German shows', TRANSLATION_LOADS);
      expect(items(el)).to.deep.equal(['Als Markdown herunterladen', 'Druckbarer Bericht']);

      await switchLanguage(wrapper, 'ja', () => button(el).textContent!.trim() === 'エクスポート', 'Japanese shows');
      expect(items(el)).to.deep.equal(['Markdown としてダウンロード', '印刷可能なレポート']);
    });

    it('fills the printable page in the language of the element', async () => {
      const { el } = await mount('de');
      await waitUntil(() => button(el).textContent!.trim() === 'Exportieren', 'German shows', TRANSLATION_LOADS);
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const originalOpen = window.open;
      window.open = () => frame.contentWindow;
      try {
        button(el).click();
        await el.updateComplete;
        root(el).querySelectorAll<HTMLButtonElement>('[role="menuitem"]')[1]!.click();
        const doc = frame.contentDocument!;
        await waitUntil(() => doc.querySelector('h1'), 'report renders', SETTLED);
        expect(doc.documentElement.lang).to.equal('de');
        expect(doc.querySelector('h1')!.textContent).to.match(/^Vorfallbericht: /);
        expect(doc.querySelector('h1 bdi')).to.exist;
        expect(doc.querySelector('.toolbar button')!.textContent).to.equal('Drucken');
        expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).to.include.members(['Warnungen', 'Beweise', 'Kommentare']);
      } finally {
        window.open = originalOpen;
        frame.remove();
      }
    });

    it('takes every word it shows from its catalog (pseudo-locale)', async () => {
      const { el } = await mount('en-XA');
      button(el).click();
      await el.updateComplete;
      // Elements inside have tests of their own.
      expect(untranslatedText(root(el), { enter: () => false })).to.deep.equal([]);
    });
  });
});
