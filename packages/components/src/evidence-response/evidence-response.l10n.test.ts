import { expect, waitUntil } from '@open-wc/testing';
import { evidenceResponseTemplate } from '../../../../stories/evidence-response.stories.js';
import { TEST_NOW } from '../../../../test/support/test-backend.js';
import type { RemediationAction } from '../api/index.js';
import { mountInLanguage, switchLanguage, testApi, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import { formatCount, formatDateTime } from '../internal/format.js';
import { TestClock } from '../remediation/remediation.fixture.js';
import type { SocEvidenceResponse } from './evidence-response.js';
import './define.js';

describe('soc-evidence-response in other languages', function () {
  const clock = new TestClock(TEST_NOW + 60_000);
  beforeEach(() => clock.reset());
  const test = useTestBackend({ clock: clock.now });

  const service = () => test.backend.service;
  const root = (el: SocEvidenceResponse) => el.shadowRoot!;
  const text = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
  const dialog = (el: SocEvidenceResponse) => root(el).querySelector<HTMLDialogElement>('dialog')!;

  /** A generated incident with a pending action on its evidence. */
  function pendingIncident(): { id: string; pending: RemediationAction } {
    for (const incident of service().listIncidents({ top: 100 }).items) {
      const evidence = service().listEvidence(incident.id);
      const pending = service()
        .listRemediationActions({ incidentId: incident.id, status: ['pending'] })
        .find((action) => evidence.some((item) => item.id === action.entityId));
      if (pending) return { id: incident.id, pending };
    }
    throw new Error('The generated data has no incident with pending actions on its evidence.');
  }

  const mount = (lang: string, incidentId: string) =>
    mountInLanguage(lang, 'soc-evidence-response', evidenceResponseTemplate({ api: testApi(), incidentId, pollIntervalMs: 60_000 }), {
      provider: false,
      until: (el) => root(el).querySelector('tbody tr'),
      message: 'the evidence loads',
    });

  async function openDecision(el: SocEvidenceResponse, action: RemediationAction) {
    root(el).querySelector<HTMLButtonElement>(`[data-action-id="${action.id}"] button[data-decision="approve"]`)!.click();
    await waitUntil(() => dialog(el).open, 'the confirmation opens', TRANSLATION_LOADS);
  }

  it('speaks German, then Japanese when the language changes', async () => {
    const { id, pending } = pendingIncident();
    const { wrapper, el } = await mount('de', id);
    await waitUntil(() => text(root(el).querySelector('[role="tab"]')!).startsWith('Alle Beweise'), 'German shows', TRANSLATION_LOADS);

    expect([...root(el).querySelectorAll('thead th')].map(text)).to.deep.equal([
      'Entität',
      'Typ',
      'Urteil',
      'Wartungsstatus',
      'Zuerst gesehen',
      'Reaktionsaktionen',
      'Manuelle Aktionen',
    ]);
    const awaiting = service().listRemediationActions({ incidentId: id, status: ['pending'] }).length;
    expect(text(root(el).querySelector('.summary')!)).to.equal(
      `${formatCount(awaiting, 'de')} ${awaiting === 1 ? 'Aktion' : 'Aktionen'} mit ausstehender Genehmigung`,
    );
    const time = root(el).querySelector<HTMLTimeElement>('tbody .time time')!;
    expect(time.textContent).to.equal(formatDateTime(time.dateTime, 'de'));
    expect(text(root(el).querySelector('button.menu-button')!)).to.equal('Aktionen');

    await openDecision(el, pending);
    // The dialog's words are a catalog of their own, which may still be on its way.
    await waitUntil(() => text(dialog(el).querySelector('h2')!) === 'Aktion genehmigen', 'the dialog speaks German', TRANSLATION_LOADS);
    const summary = text(dialog(el).querySelector('#remediation-dialog-summary')!);
    expect(summary).to.match(/^Aktion „.+“ für .+ \(.+\) genehmigen\?/);
    expect(dialog(el).querySelector('#remediation-dialog-summary bdi')!.textContent).to.equal(pending.entityName);
    const proposed = dialog(el).querySelector<HTMLTimeElement>('.muted time')!;
    expect(proposed.textContent).to.equal(formatDateTime(pending.createdDateTime, 'de'));
    expect(text(dialog(el).querySelector('label')!)).to.equal('Kommentar (optional)');
    expect([...dialog(el).querySelectorAll('button')].map(text)).to.deep.equal(['Genehmigen', 'Abbrechen']);

    await switchLanguage(wrapper, 'ja', () => text(dialog(el).querySelector('h2')!) === 'アクションの承認', 'Japanese shows');
    expect(text(root(el).querySelector('[role="tab"]')!)).to.match(/^すべての証拠/);
    expect([...dialog(el).querySelectorAll('button')].map(text)).to.deep.equal(['承認', 'キャンセル']);
    expect(dialog(el).querySelector('.muted time')!.textContent).to.equal(formatDateTime(pending.createdDateTime, 'ja'));
  });

  it('leaves no string untranslated in the pseudo-locale', async () => {
    const { id, pending } = pendingIncident();
    const { el } = await mount('en-XA', id);
    expect(text(root(el))).to.include('⟦');
    expect(untranslatedText(root(el))).to.deep.equal([]);

    root(el).querySelector<HTMLButtonElement>('button.menu-button')!.click();
    await waitUntil(() => root(el).querySelector('[role="menu"]'), 'the menu opens', TRANSLATION_LOADS);
    expect(untranslatedText(root(el))).to.deep.equal([]);
    root(el).querySelector<HTMLButtonElement>('button.menu-button')!.click();
    await el.updateComplete;

    await openDecision(el, pending);
    expect(untranslatedText(root(el))).to.deep.equal([]);

    test.backend.setScenario({ role: 'reader' });
    const reader = await mount('en-XA', id);
    await waitUntil(() => root(reader.el).querySelector('.note'), 'the read-only note shows', TRANSLATION_LOADS);
    expect(untranslatedText(root(reader.el))).to.deep.equal([]);
  });
});
