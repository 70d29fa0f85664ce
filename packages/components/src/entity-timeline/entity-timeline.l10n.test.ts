import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { entityTimelineTemplate } from '../../../../stories/entity-timeline.stories.js';
import { TEST_NOW } from '../../../../test/support/test-backend.js';
import { mountInLanguage, switchLanguage, testApi, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import { formatCount } from '../internal/format.js';
import { bars, button, chooseRange, namedDevice, part, parts, root, rows, text, totalText } from './entity-timeline.fixture.js';

describe('soc-entity-timeline in other languages', function () {
  const test = useTestBackend({ timelineEventsPerDay: 50, clock: () => TEST_NOW });

  async function mount(lang: string, dir?: 'rtl') {
    const entityId = namedDevice(test.backend);
    const { wrapper, el: timeline } = await mountInLanguage(
      lang,
      'soc-entity-timeline',
      entityTimelineTemplate({ api: testApi(), entityId, clock: () => TEST_NOW }),
      { provider: false, dir, until: (el) => rows(el).length > 0, message: 'the events show' },
    );
    return { wrapper, timeline, entityId };
  }

  it('speaks German, then Japanese when the language changes', async () => {
    const { wrapper, timeline } = await mount('de');
    await waitUntil(() => text(part(timeline, 'h2')) === 'Zeitachse', 'German shows', TRANSLATION_LOADS);

    const total = test.backend.service.getEntityTimeline(namedDevice(test.backend), {
      from: new Date(TEST_NOW - 30 * 24 * 3600e3).toISOString(),
      to: new Date(TEST_NOW).toISOString(),
      limit: 1,
    }).totalCount;
    expect(totalText(timeline)).to.equal(`${formatCount(total, 'de')} Ereignisse`);
    expect(parts(timeline, '.kind-filter').map(text)).to.deep.equal(['Warnungen', 'Aktivitäten', 'Lesezeichen', 'Anomalien']);
    expect(text(part(timeline, 'select option:checked'))).to.equal('30 Tage');
    expect(bars(timeline)[0]!.getAttribute('aria-label')).to.match(/: [\d.]+ Ereignis(se)?$/);
    // Times to the second, as German writes them.
    const time = part(timeline, '[role="option"] time') as HTMLTimeElement;
    const expected = new Intl.DateTimeFormat('de', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).format(Date.parse(time.dateTime));
    expect(time.textContent).to.equal(expected);

    // A custom range checks what was typed, in German.
    await chooseRange(timeline, 'custom');
    const from = part(timeline, 'input[name="from"]') as HTMLInputElement;
    from.value = '';
    button(timeline, 'Anwenden')!.click();
    await timeline.updateComplete;
    expect(text(part(timeline, '[role="alert"]'))).to.equal('Geben Sie ein Startdatum und eine Startzeit ein.');

    await switchLanguage(wrapper, 'ja', () => text(part(timeline, 'h2')) === 'タイムライン', 'Japanese shows');
    expect(text(part(timeline, '[role="alert"]'))).to.equal('開始日時を入力してください。');
    expect(parts(timeline, '.kind-filter').map(text)).to.deep.equal(['アラート', 'アクティビティ', 'ブックマーク', '異常']);
    expect(totalText(timeline)).to.equal(`${formatCount(total, 'ja')} 件のイベント`);
  });

  it('moves between the bars the way the page reads', async () => {
    const { timeline } = await mount('en', 'rtl');
    const last = bars(timeline).at(-1)!;
    last.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => root(timeline).activeElement === bars(timeline).at(-2), 'ArrowRight goes back in time', TRANSLATION_LOADS);
  });

  it('leaves no string untranslated in the pseudo-locale', async () => {
    const { timeline } = await mount('en-XA');
    rows(timeline)[0]!.click();
    await waitUntil(() => part(timeline, '.details'), 'the details open', TRANSLATION_LOADS);
    expect(text(root(timeline))).to.include('⟦');
    expect(untranslatedText(root(timeline))).to.deep.equal([]);
  });
});
