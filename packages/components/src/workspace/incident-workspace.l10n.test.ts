import { expect, waitUntil } from '@open-wc/testing';
import { workspaceTemplate } from '../../../../stories/incident-workspace.stories.js';
import { TEST_NOW } from '../../../../test/support/test-backend.js';
import { mountInLanguage, switchLanguage, testApi, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import type { SocIncidentQueue } from '../queue/incident-queue.js';

const waitFor = (condition: () => unknown, message: string) => waitUntil(condition, message, TRANSLATION_LOADS);

describe('soc-incident-workspace in other languages', function () {
  const start = location.href;
  const test = useTestBackend();
  afterEach(() => history.replaceState(null, '', start));

  async function mount(lang: string, urlSync = false) {
    const template = workspaceTemplate(testApi(), '720px', urlSync, () => TEST_NOW);
    const { wrapper, el: workspace } = await mountInLanguage(lang, 'soc-incident-workspace', template, { provider: false });
    await workspace.updateComplete;
    const shadow = workspace.shadowRoot!;
    const queue = shadow.querySelector('soc-incident-queue') as SocIncidentQueue;
    const rows = () => [...queue.shadowRoot!.querySelectorAll<HTMLElement>('.body [role="row"][data-id]')];
    await waitFor(() => rows().length > 3, 'the queue shows incidents');
    return { wrapper, workspace, shadow, queue, rows };
  }

  const backButton = (shadow: ShadowRoot) => shadow.querySelector<HTMLButtonElement>('.page > .back');
  const normalized = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

  it('speaks German in a lang="de" page, with German dates, and switches to Japanese when lang changes', async () => {
    const { wrapper, shadow, queue, rows } = await mount('de');
    await waitFor(() => queue.shadowRoot!.querySelector('[part="heading"]')?.textContent === 'Vorfälle', 'the German strings arrive');
    const firstId = rows()[0]!.dataset.id!;
    const time = () => queue.shadowRoot!.querySelector(`[data-id="${CSS.escape(firstId)}"] [data-column="lastUpdate"] time`)!;
    const format = (locale: string) =>
      new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(
        Date.parse(time().getAttribute('datetime')!),
      );
    expect(time().textContent).to.equal(format('de'));

    (rows()[1]!.querySelector('[data-column="severity"]') as HTMLElement).click();
    // The workspace's own strings load apart from the queue's: wait for them too.
    await waitFor(
      () => shadow.querySelector('aside.pane')?.getAttribute('aria-label') === 'Vorfallzusammenfassung',
      'the summary pane opens, named in German',
    );

    (rows()[1]!.querySelector('.open') as HTMLButtonElement).click();
    await waitFor(() => backButton(shadow), 'the incident page opens');
    expect(normalized(backButton(shadow))).to.equal('← Vorfälle');

    await switchLanguage(wrapper, 'ja', () => normalized(backButton(shadow)) === '← インシデント', 'the Japanese strings arrive');
    backButton(shadow)!.click();
    await waitFor(() => shadow.querySelector('aside.pane')?.getAttribute('aria-label') === 'インシデントの概要', 'back at the queue');
    await waitFor(() => time().textContent === format('ja'), 'the queue formats dates for Japanese');
  });

  it('names the way back from an entity page in the page language', async () => {
    const id = (await test.backend.service.listIncidents({ skip: 0, top: 1 })).items[0]!.id;
    history.replaceState(null, '', `?incident=${encodeURIComponent(id)}&entity=${encodeURIComponent('device:mde:does-not-exist')}`);
    const { shadow } = await mount('de', true);
    await waitFor(() => shadow.querySelector('soc-entity-page')?.getAttribute('back-label') === 'Zurück zum Vorfall', 'the German label');
    expect(shadow.querySelector('.page.entity')!.getAttribute('aria-label')).to.equal('Entitätsseite');
  });

  it('leaves no untranslated text of its own or the queue in the pseudo-locale, outside user data', async () => {
    const { shadow, queue, rows } = await mount('en-XA');
    await waitFor(() => queue.shadowRoot!.querySelector('[part="heading"]')?.textContent?.startsWith('⟦'), 'the pseudo-locale applies');
    (rows()[0]!.querySelector('.open') as HTMLButtonElement).click();
    await waitFor(() => backButton(shadow), 'the incident page opens');
    // Other elements (summary, incident page, manage dialog) have tests of their own.
    const ours = (element: Element) => element.localName === 'soc-incident-queue' || element.localName.startsWith('soc-queue-');
    expect(untranslatedText(shadow, { enter: ours })).to.deep.equal([]);
  });
});
