import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BASE_URL, freshState, startTestBackend, TEST_NOW, type TestBackend } from '../../../../test/support/test-backend.js';
import { HttpIncidentApi } from '../api/index.js';
import { Localizer } from '../i18n/localizer.js';
import '../provider/define.js';
import './define.js';
import type { SocExportIncident } from './export-incident.js';
import { gatherIncidentReport } from './incident-report.js';
import { reportCatalog } from './messages.js';
import { escapeMarkdown, incidentReportMarkdown } from './report-markdown.js';

/** The report in English, as a caller outside an element writes it. */
const english = new Localizer(reportCatalog, 'en');

/** Gathering a report takes several requests: on a loaded machine that is more than a second. */
const SETTLED = { timeout: 10_000 };

const MARKUP = '<img src=x onerror="window.__socReportPwned=1">';
const LINK = '[click me](javascript:window.__socReportPwned=2)';

declare global {
  interface Window {
    __socReportPwned?: number;
  }
}

describe('incident report', () => {
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

  const service = () => test.backend.service;
  const responder = () => service().principalFor('responder');

  function hostileIncident(): string {
    const created = service().createIncident(responder(), {
      displayName: `Name ${MARKUP} ${LINK}`,
      alerts: [
        {
          title: `Alert ${MARKUP}`,
          description: 'Encoded PowerShell',
          category: 'Execution',
          mitreTechniques: ['T1059'],
          evidence: [
            {
              '@odata.type': '#microsoft.graph.security.fileEvidence',
              verdict: 'malicious',
              fileDetails: { fileName: `file|${MARKUP}.exe`, sha256: 'a'.repeat(64) },
            },
          ],
        },
      ],
    });
    service().addComment(responder(), created.id, `Line one ${LINK}\n# not a heading\n${MARKUP}`);
    return created.id;
  }

  /** An incident with several alerts and at least one remediation action. */
  function busyIncidentId(): string {
    for (const incident of service().listIncidents({ top: 30 }).items) {
      if (incident.alertCount >= 2 && service().listRemediationActions({ incidentId: incident.id }).length > 0) return incident.id;
    }
    throw new Error('The generated data has no incident with alerts and remediation actions.');
  }

  describe('gathering', () => {
    it('holds the incident, its alerts oldest first, evidence, actions, comments and activity as the service has them', async () => {
      const id = busyIncidentId();
      service().addComment(responder(), id, 'Contained.');
      const report = await gatherIncidentReport(api, id, { now: TEST_NOW });
      expect(report.incident.id).to.equal(id);
      const alerts = service().listIncidentAlerts(id);
      expect(report.alerts.map((a) => a.id)).to.have.members(alerts.map((a) => a.id));
      const times = report.alerts.map((a) => Date.parse(a.firstActivityDateTime));
      expect(times).to.deep.equal([...times].sort((a, b) => a - b));
      expect(report.evidence).to.have.length(service().listEvidence(id).length);
      expect(report.remediationActions).to.have.length(service().listRemediationActions({ incidentId: id }).length);
      expect(report.comments.map((c) => c.comment)).to.include('Contained.');
      expect(report.activity.length).to.be.greaterThan(0);
      expect(report.gaps).to.deep.equal([]);
      expect(report.generatedAt).to.equal(new Date(TEST_NOW).toISOString());
    });

    it('names the sections a backend cannot provide instead of leaving them silently empty', async () => {
      class EvidenceOnly extends HttpIncidentApi {
        override readonly capabilities = new Set(['evidence'] as const);
      }
      const report = await gatherIncidentReport(new EvidenceOnly({ baseUrl: BASE_URL }), busyIncidentId());
      expect(report.gaps.map((gap) => gap.section)).to.have.members(['Actions taken', 'Playbook runs', 'Activity']);
      expect(incidentReportMarkdown(report, english)).to.include('Not included: This backend does not provide it.');
    });

    it('fails when the incident itself cannot be read', async () => {
      test.backend.setScenario({ errorRate: 1 });
      let failure: unknown;
      try {
        await gatherIncidentReport(api, busyIncidentId());
      } catch (error) {
        failure = error;
      }
      expect(failure).to.have.property('kind', 'server');
    });
  });

  describe('Markdown', () => {
    it('has the summary, a timeline of alerts, evidence, actions taken and comments', async () => {
      const id = busyIncidentId();
      const report = await gatherIncidentReport(api, id);
      const markdown = incidentReportMarkdown(report, english);
      for (const heading of ['## Alerts', '## Evidence', '## Actions taken', '## Playbook runs', '## Comments', '## Activity']) {
        expect(markdown).to.include(`\n${heading}\n`);
      }
      expect(markdown).to.include(`- **Incident ID:** ${escapeMarkdown(id)}`);
      const alertTable = markdown.split('## Alerts')[1]!.split('##')[0]!;
      expect(alertTable.trim().split('\n').filter((line) => line.startsWith('|'))).to.have.length(report.alerts.length + 2);
    });

    it('escapes markup, links and headings from the API so they stay literal', async () => {
      const markdown = incidentReportMarkdown(await gatherIncidentReport(api, hostileIncident()), english);
      expect(markdown).to.include('Name \\<img src=x onerror="window.\\_\\_socReportPwned=1">');
      expect(markdown).to.include('\\[click me\\]\\(javascript:window.\\_\\_socReportPwned=2)');
      expect(markdown).not.to.match(/\]\(javascript:/);
      expect(markdown).not.to.match(/^# not a heading/m);
      expect(markdown).to.include('file\\|');
      expect(markdown).to.include('> \\# not a heading');
    });

    it('leaves plain punctuation alone: addresses, dates, hyphens and full stops are not escaped', () => {
      for (const plain of ['johanna.lorenz@contoso.com', '2026-12-04', 'C:\\Windows\\System32', 'snake_case', '3 * 4', 'AT&T (US) {x} +1 !', 'a > b < 3', '2026-12-04.']) {
        expect(escapeMarkdown(plain), plain).to.equal(plain);
        expect(escapeMarkdown(plain, { lineStart: true }), plain).to.equal(plain);
      }
    });

    it('escapes what would start Markdown syntax where it stands', () => {
      const cases: [string, string, boolean?][] = [
        ['*bold* and _em_', '\\*bold\\* and \\_em\\_'],
        ['__init__', '\\_\\_init\\_\\_'],
        ['run `whoami`', 'run \\`whoami\\`'],
        ['![x](http://e.test)', '!\\[x\\]\\(http://e.test)'],
        ['<script>', '\\<script>'],
        ['a|b', 'a\\|b'],
        ['~~gone~~', '\\~\\~gone\\~\\~'],
        ['&amp; &#35;', '\\&amp; \\&#35;'],
        ['ends with \\', 'ends with \\\\'],
        ['\\*', '\\\\\\*'],
        ['Title #', 'Title \\#'],
        ['# heading', '\\# heading', true],
        ['> quote', '\\> quote', true],
        ['- item', '\\- item', true],
        ['+ item', '\\+ item', true],
        ['* item', '\\* item', true],
        ['12. item', '12\\. item', true],
        ['1) item', '1\\) item', true],
        ['---', '\\---', true],
        ['===', '\\===', true],
        ['# not at line start', '# not at line start'],
        ['- not at line start', '- not at line start'],
      ];
      for (const [text, expected, lineStart] of cases) {
        expect(escapeMarkdown(text, { lineStart: lineStart ?? false }), text).to.equal(expected);
      }
    });

    it('writes user data in the report without needless escapes', async () => {
      const id = busyIncidentId();
      service().addComment(responder(), id, 'Mailed johanna.lorenz@contoso.com on 2026-12-04.\n1. Reset the password');
      const markdown = incidentReportMarkdown(await gatherIncidentReport(api, id), english);
      expect(markdown).to.include('> Mailed johanna.lorenz@contoso.com on 2026-12-04.  \n> 1\\. Reset the password');
      expect(markdown).not.to.include('\\.com');
      expect(markdown).not.to.match(/\d\\-\d/);
    });
  });

  describe('soc-export-incident', () => {
    async function mount(incidentId: string): Promise<SocExportIncident> {
      const provider = await fixture(html`<soc-api-provider .api=${api}>
        <soc-export-incident .incidentId=${incidentId} .clock=${() => TEST_NOW}></soc-export-incident>
      </soc-api-provider>`);
      return provider.querySelector('soc-export-incident')!;
    }

    const root = (el: SocExportIncident) => el.shadowRoot!;
    const button = (el: SocExportIncident) => root(el).querySelector<HTMLButtonElement>('#export')!;
    const menu = (el: SocExportIncident) => root(el).querySelector<HTMLElement>('[role="menu"]')!;
    const item = (el: SocExportIncident, label: string) =>
      [...root(el).querySelectorAll<HTMLButtonElement>('[role="menuitem"]')].find((b) => b.textContent!.trim() === label)!;
    const focused = (el: SocExportIncident) => root(el).activeElement;

    it('opens its menu from the keyboard, moves through it, and Escape returns to the button', async () => {
      const el = await mount(busyIncidentId());
      button(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(button(el).getAttribute('aria-expanded')).to.equal('true');
      expect(menu(el).hidden).to.be.false;
      expect(focused(el)).to.equal(item(el, 'Download as Markdown'));
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(item(el, 'Printable report'));
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(item(el, 'Download as Markdown'));
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(menu(el).hidden).to.be.true;
      expect(focused(el)).to.equal(button(el));
    });

    it('downloads the Markdown report named after the incident', async () => {
      const id = busyIncidentId();
      const el = await mount(id);
      const clicked: HTMLAnchorElement[] = [];
      const original = HTMLAnchorElement.prototype.click;
      const revoke = URL.revokeObjectURL;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push(this);
      };
      // Kept readable until the test has read it.
      URL.revokeObjectURL = () => {};
      try {
        button(el).click();
        await el.updateComplete;
        item(el, 'Download as Markdown').click();
        await waitUntil(() => clicked.length === 1, 'download starts', SETTLED);
        expect(clicked[0]!.download).to.equal(`incident-${id}-report.md`);
        const text = await (await fetch(clicked[0]!.href)).text();
        expect(text).to.include('# Incident report: ');
        expect(text).to.include('## Alerts');
      } finally {
        HTMLAnchorElement.prototype.click = original;
        URL.revokeObjectURL = revoke;
      }
    });

    it('fills a printable page with the report, markup as text', async () => {
      const id = hostileIncident();
      const el = await mount(id);
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const originalOpen = window.open;
      window.open = () => frame.contentWindow;
      try {
        button(el).click();
        await el.updateComplete;
        item(el, 'Printable report').click();
        const doc = frame.contentDocument!;
        await waitUntil(() => doc.querySelector('h1'), 'report renders', SETTLED);
        expect(doc.querySelector('h1')!.textContent).to.equal(`Incident report: Name ${MARKUP} ${LINK}`);
        expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).to.include.members(['Alerts', 'Evidence', 'Comments']);
        expect(doc.querySelector('blockquote')!.textContent).to.include(MARKUP);
        expect(doc.querySelectorAll('img, a, script')).to.have.length(0);
        expect(window.__socReportPwned).to.be.undefined;
      } finally {
        window.open = originalOpen;
        frame.remove();
      }
    });

    it('shows why the report could not be prepared', async () => {
      const el = await mount(busyIncidentId());
      test.backend.setScenario({ errorRate: 1 });
      button(el).click();
      await el.updateComplete;
      item(el, 'Download as Markdown').click();
      await waitUntil(() => root(el).querySelector('[role="alert"]')!.textContent!.trim(), 'error shows');
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.include('The report could not be prepared.');
      await expect(el).to.be.accessible();
    });
  });
});
