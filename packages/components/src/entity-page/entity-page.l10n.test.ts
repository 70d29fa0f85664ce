import { expect, waitUntil } from '@open-wc/testing';
import { entityPageTemplate } from '../../../../stories/entity-page.stories.js';
import { TEST_NOW } from '../../../../test/support/test-backend.js';
import type { Entity } from '../api/index.js';
import { mountInLanguage, switchLanguage, testApi, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import { formatCount, formatDateTime } from '../internal/format.js';
import './define.js';

describe('soc-entity-page in other languages', function () {
  const clock = () => TEST_NOW;
  const test = useTestBackend({ clock });

  const service = () => test.backend.service;
  const root = (el: Element) => el.shadowRoot!;
  const text = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

  /** A device the generated incidents name, with its insights (related incidents, activities). */
  function device(): Entity {
    for (const incident of service().listIncidents({ top: 50 }).items) {
      const found = service()
        .listEvidence(incident.id)
        .find((entity) => entity.type === 'device' && service().getEntityInsights(entity.id).mostFrequentActivities.length > 0);
      if (found) return service().getEntity(found.id);
    }
    throw new Error('The generated data has no device with activities.');
  }

  const mount = (lang: string, entityId: string) =>
    mountInLanguage(lang, 'soc-entity-page', entityPageTemplate({ api: testApi(), entityId, clock }), {
      provider: false,
      styles: { width: '1400px' },
      until: (el) => root(el).querySelector('.details .field') && root(el).querySelector('.insights .seen'),
      message: 'the page loads',
    });

  it('speaks German, then Japanese when the language changes', async () => {
    const entity = device();
    const { wrapper, el } = await mount('de', entity.id);
    await waitUntil(() => text(root(el).querySelector('#details-heading')!) === 'Übersicht', 'German shows', TRANSLATION_LOADS);

    expect(text(root(el).querySelector('#insights-heading')!)).to.equal('Erkenntnisse');
    expect(text(root(el).querySelector('header .type')!)).to.equal('Gerät');
    expect(text(root(el).querySelector('.facts dt')!)).to.equal('Urteil');
    const labels = [...root(el).querySelectorAll('.details dt')].map(text);
    expect(labels).to.include('Integritätsstatus').and.include('Rollen');
    const firstSeen = root(el).querySelector<HTMLTimeElement>('.first-seen time')!;
    expect(firstSeen.textContent).to.equal(formatDateTime(firstSeen.dateTime, 'de'));
    const activity = service().getEntityInsights(entity.id).mostFrequentActivities[0]!;
    expect(text(root(el).querySelector('.activity-count')!)).to.equal(formatCount(activity.count, 'de'));
    // The name is the entity's own, isolated from the page's direction.
    expect(root(el).querySelector('h1')!.getAttribute('dir')).to.equal('auto');

    await switchLanguage(wrapper, 'ja', () => text(root(el).querySelector('#details-heading')!) === '概要', 'Japanese shows');
    expect(text(root(el).querySelector('#insights-heading')!)).to.equal('分析情報');
    expect(text(root(el).querySelector('header .type')!)).to.equal('デバイス');
    const jaFirstSeen = root(el).querySelector<HTMLTimeElement>('.first-seen time')!;
    expect(jaFirstSeen.textContent).to.equal(formatDateTime(jaFirstSeen.dateTime, 'ja'));
    // The timeline inside follows the same language.
    const timeline = root(el).querySelector('soc-entity-timeline')!;
    await waitUntil(() => text(root(timeline).querySelector('h2')!) === 'タイムライン', 'the timeline speaks Japanese', TRANSLATION_LOADS);
  });

  it('leaves no string untranslated in the pseudo-locale', async () => {
    const { el } = await mount('en-XA', device().id);
    const timeline = root(el).querySelector('soc-entity-timeline')!;
    await waitUntil(() => root(timeline).querySelector('[role="option"]'), 'the timeline loads', TRANSLATION_LOADS);
    expect(text(root(el))).to.include('⟦');
    expect(untranslatedText(root(el))).to.deep.equal([]);
  });
});
