import { expect, html, waitUntil } from '@open-wc/testing';
import { mountInLanguage, switchLanguage, testApi, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import { TEST_NOW } from '../../../../test/support/test-backend.js';
import './define.js';
import type { SocIncidentMetrics } from './incident-metrics.js';
import { formatDuration } from './metrics-format.js';
import { presetQuery } from './metrics-range.js';

describe('soc-incident-metrics in other languages', function () {
  useTestBackend();
  const root = (el: SocIncidentMetrics) => el.shadowRoot!;
  const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();

  const mount = (lang: string) =>
    mountInLanguage(lang, 'soc-incident-metrics', html`<soc-incident-metrics .now=${TEST_NOW}></soc-incident-metrics>`, {
      until: (el) => root(el).querySelector('.cards:not(.skeleton)'),
      message: 'metrics load',
    });

  it('speaks German, then Japanese when the language changes, with durations and counts for the locale', async () => {
    const { wrapper, el } = await mount('de');
    await waitUntil(() => text(root(el)).includes('Vorfallmetriken'), 'German shows', TRANSLATION_LOADS);
    expect(text(root(el).querySelector('[data-card="open"] h3')!)).to.equal('Offene Vorfälle nach Schweregrad und Status');
    expect(root(el).querySelector<HTMLOptionElement>('#range-preset option:checked')!.textContent).to.equal('Letzte 30 Tage');
    const firstOpen = root(el).querySelector('[data-chart="open"] [data-point]')!.getAttribute('aria-label')!;
    expect(firstOpen).to.match(/^(Hoch|Mittel|Niedrig|Informativ|Unbekannt), (Aktiv|In Bearbeitung): \d+ Vorf(all|älle)$/);

    // The first mean time to acknowledge, as German writes a duration.
    const figures = await testApi().getIncidentMetrics(presetQuery('30d', TEST_NOW));
    const high = figures.timeToAcknowledge.find((entry) => entry.severity === 'high' && entry.meanMs !== null);
    if (high) expect(text(root(el).querySelector('[data-card="time"] tbody')!)).to.include(formatDuration(high.meanMs!, 'de'));

    await switchLanguage(wrapper, 'ja', () => text(root(el)).includes('インシデント メトリック'), 'Japanese shows');
    expect(text(root(el).querySelector('[data-card="workload"] h3')!)).to.equal('アナリスト別の作業量');
  });

  it('leaves no string untranslated in the pseudo-locale, tables and tooltips included', async () => {
    const { el } = await mount('en-XA');
    expect(text(root(el))).to.include('⟦');
    expect(untranslatedText(root(el))).to.deep.equal([]);
    root(el).querySelector<SVGElement>('[data-chart="open"] [data-point]')!.focus();
    await waitUntil(() => root(el).querySelector('.tooltip'), 'a tooltip shows');
    root(el).querySelectorAll<HTMLButtonElement>('.toggle').forEach((toggle) => toggle.click());
    await el.updateComplete;
    expect(root(el).querySelectorAll('table').length).to.be.greaterThan(3);
    expect(untranslatedText(root(el))).to.deep.equal([]);
  });
});
