import { expect } from '@open-wc/testing';
import { queueTemplate, type QueueTemplateOptions } from '../../../../stories/incident-queue.stories.js';
import { TEST_NOW } from '../../../../test/support/test-backend.js';
import { mountInLanguage, switchLanguage, testApi, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { untranslatedText } from '../i18n/untranslated-text.fixture.js';
import type { SocIncidentQueue } from './incident-queue.js';
import { button, eventually, openPanel, part, parts, renderedRows, settle } from './incident-queue.fixture.js';
import type { SocQueueColumnPicker } from './queue-column-picker.js';

const dateTimeIn = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(
    Date.parse(iso),
  );

describe('soc-incident-queue in other languages', function () {
  const test = useTestBackend();

  async function mount(lang: string, options: Partial<QueueTemplateOptions> = {}) {
    const template = queueTemplate({ api: testApi(), clock: () => TEST_NOW, storageKey: '', height: '480px', ...options });
    const { wrapper, el: queue } = await mountInLanguage(lang, 'soc-incident-queue', template, { provider: false });
    await settle(queue);
    return { wrapper, queue };
  }

  const heading = (queue: SocIncidentQueue) => part(queue, 'h2')!.textContent;
  const headers = (queue: SocIncidentQueue) => parts(queue, '[role="columnheader"][data-column]').map((header) => header.textContent?.trim());
  const inPanel = (element: HTMLElement, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
  const texts = (elements: HTMLElement[]) => elements.map((element) => element.textContent?.replace(/\s+/g, ' ').trim());
  const lastUpdate = (queue: SocIncidentQueue) => renderedRows(queue)[0]!.querySelector('[data-column="lastUpdate"] time')!;

  it('speaks German in a lang="de" page, with German dates, and switches to Japanese when lang changes', async () => {
    const { wrapper, queue } = await mount('de');
    await eventually(() => heading(queue) === 'Vorfälle', 'the German strings arrive');

    expect(button(queue, 'Vorfälle verwalten').disabled).to.be.true;
    expect(button(queue, 'Filter')).to.exist;
    expect(button(queue, 'Spalten anpassen')).to.exist;
    expect(part(queue, 'input[type="search"]')!.getAttribute('placeholder')).to.equal('Nach Name oder ID suchen');
    expect(headers(queue).slice(0, 4)).to.deep.equal(['Vorfallname', 'Vorfall-ID', 'Tags', 'Schweregrad']);
    expect(part(queue, '[role="grid"]')!.getAttribute('aria-label')).to.equal('Vorfälle');
    expect(part(queue, '.count')!.textContent).to.equal(`${new Intl.NumberFormat('de').format(queue.totalCount)} Vorfälle`);
    const time = lastUpdate(queue);
    expect(time.textContent).to.equal(dateTimeIn('de', time.getAttribute('datetime')!));
    expect(time.textContent).not.to.equal(dateTimeIn('en', time.getAttribute('datetime')!));

    const firstCheckbox = renderedRows(queue)[0]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(firstCheckbox.getAttribute('aria-label')).to.match(/^Vorfall .+ auswählen$/);
    firstCheckbox.click();
    await queue.updateComplete;
    expect(part(queue, '.count')!.textContent).to.equal(`1 ausgewählt · ${queue.totalCount} Vorfälle`);

    await switchLanguage(wrapper, 'ja', () => heading(queue) === 'インシデント', 'the Japanese strings arrive');
    expect(headers(queue).slice(0, 4)).to.deep.equal(['インシデント名', 'インシデント ID', 'タグ', '重大度']);
    expect(button(queue, 'インシデントの管理')).to.exist;
    expect(part(queue, '.count')!.textContent).to.equal(`1 件選択済み · ${queue.totalCount} 件のインシデント`);
    await eventually(() => lastUpdate(queue).textContent === dateTimeIn('ja', lastUpdate(queue).getAttribute('datetime')!), 'rows re-render in Japanese');
    await expect(queue).to.be.accessible();
  });

  it('words filter chips and the empty state in German, with typed values isolated', async () => {
    const { wrapper, queue } = await mount('de', {
      filters: { status: ['active', 'inProgress'], tags: ['VIP'], timeRange: '1w' },
      search: 'no incident has this name',
    });
    await eventually(() => heading(queue) === 'Vorfälle', 'the German strings arrive');

    const chips = parts(queue, '.chip');
    expect(texts(parts(queue, '.chip-text'))).to.deep.equal(['Status: Aktiv, In Bearbeitung', 'Tags: VIP', 'Zeitraum: 1 Woche']);
    expect(chips[0]!.getAttribute('aria-label')).to.equal('Status: Aktiv, In Bearbeitung, Filter entfernen');
    expect(chips[1]!.querySelector('bdi')?.textContent, 'the tag is isolated').to.equal('VIP');
    expect(chips[0]!.querySelector('bdi'), 'portal words are not').to.equal(null);
    expect(part(queue, '.chips')!.getAttribute('aria-label')).to.equal('Aktive Filter');
    expect(button(queue, 'Alle löschen')).to.exist;
    expect(part(queue, '.message')!.textContent).to.contain('Keine Vorfälle entsprechen Ihren Filtern');

    queue.filters = { timeRange: { from: '2024-05-01', to: '2024-05-31' } };
    await settle(queue);
    expect(part(queue, '.chip-text')!.textContent).to.equal(
      `Zeitraum: ${new Intl.DateTimeFormat('de', { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(2024, 4, 1))} – ${new Intl.DateTimeFormat('de', { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(2024, 4, 31))}`,
    );

    await switchLanguage(wrapper, 'ja', () => part(queue, '.chip-text')?.textContent?.startsWith('期間: '), 'the chips turn Japanese');
    expect(part(queue, '.message')!.textContent).to.contain('フィルターに一致するインシデントはありません');
  });

  it('shows load failures in German', async () => {
    test.backend.setScenario({ errorRate: 1 });
    const { queue } = await mount('de');
    await eventually(() => part(queue, '[role="alert"]')?.textContent?.includes('Fehler beim Laden von Vorfällen'), 'the German failure');
    expect(button(queue, 'Wiederholen')).to.exist;
  });

  it('words the filter panel in German and Japanese, people names isolated', async () => {
    const { wrapper, queue } = await mount('de');
    expect(button(queue, 'Filter').dataset.action).to.equal('filters');
    const filterPanel = await openPanel(queue, 'filters');
    await eventually(() => filterPanel.shadowRoot!.querySelector('h2')?.textContent === 'Filter', 'the German strings arrive');
    await eventually(() => inPanel(filterPanel, 'fieldset:nth-of-type(6) bdi').length > 0, 'the people load');

    expect(texts(inPanel(filterPanel, 'legend'))).to.deep.equal([
      'Zeitraum',
      'Status',
      'Schweregrad',
      'Dienstquellen',
      'Erkennungsquellen',
      'Zugewiesen an',
      'Klassifizierung',
      'Tags',
      'Kategorien',
      'Entitäten',
      'Gerätegruppen',
      'Betriebssystemplattform',
      'Status der automatisierten Untersuchung',
      'Zugehörige Bedrohung',
      'Datenvertraulichkeit',
    ]);
    expect(texts(inPanel(filterPanel, 'fieldset:nth-of-type(15) label'))).to.deep.equal(['Allgemein', 'Vertraulich', 'Streng vertraulich']);
    expect(inPanel(filterPanel, 'input[placeholder="Gerätegruppe hinzufügen"]')).to.have.length(1);
    const timeRange = texts(inPanel(filterPanel, 'fieldset:first-of-type label'));
    expect(timeRange).to.include.members(['Beliebiger Zeitraum', '1 Woche', '6 Monate', 'Benutzerdefinierter Zeitraum']);
    expect(texts(inPanel(filterPanel, 'fieldset:nth-of-type(6) label'))[0]).to.equal('Nicht zugewiesen');
    expect(inPanel(filterPanel, 'input[placeholder="Tag hinzufügen"]')).to.have.length(1);
    expect(texts(inPanel(filterPanel, '.panel-footer button'))).to.deep.equal(['Anwenden', 'Zurücksetzen', 'Abbrechen']);
    expect(inPanel(filterPanel, '.panel-header button')[0]!.getAttribute('aria-label')).to.equal('Schließen');
    await expect(filterPanel).to.be.accessible();

    const japanese = () => filterPanel.shadowRoot!.querySelector('h2')?.textContent === 'フィルター';
    await switchLanguage(wrapper, 'ja', japanese, 'the Japanese strings arrive');
    expect(texts(inPanel(filterPanel, 'legend'))[0]).to.equal('期間');
    expect(texts(inPanel(filterPanel, 'legend')).slice(-2)).to.deep.equal(['関連する脅威', 'データの機密度']);
    expect(texts(inPanel(filterPanel, 'fieldset:nth-of-type(15) label'))).to.deep.equal(['一般', '社外秘', '極秘']);
    expect(texts(inPanel(filterPanel, '.panel-footer button'))).to.deep.equal(['適用', 'リセット', 'キャンセル']);
  });

  it('words the column picker in German and Japanese', async () => {
    const { wrapper, queue } = await mount('de');
    const columnPicker = await openPanel(queue, 'columns');
    await eventually(() => columnPicker.shadowRoot!.querySelector('h2')?.textContent === 'Spalten anpassen', 'the German strings arrive');
    const first = inPanel(columnPicker, 'li')[0]!;
    expect(first.querySelector('label')!.textContent?.trim()).to.equal('Vorfallname');
    expect(first.querySelector('[data-move="down"]')!.getAttribute('aria-label')).to.equal('Vorfallname nach unten verschieben');
    expect(texts(inPanel(columnPicker, '.panel-footer button'))).to.deep.equal(['Fertig', 'Auf Standard zurücksetzen']);

    const japanese = () => columnPicker.shadowRoot!.querySelector('h2')?.textContent === '列のカスタマイズ';
    await switchLanguage(wrapper, 'ja', japanese, 'the Japanese strings arrive');
    expect(first.querySelector('[data-move="down"]')!.getAttribute('aria-label')).to.equal('インシデント名 を下に移動');
  });

  it('words saved views and "Copy list link" in German and Japanese, with nothing left untranslated', async () => {
    const { wrapper, queue } = await mount('de', { initialFilter: 'portal' });
    await eventually(() => heading(queue) === 'Vorfälle', 'the German strings arrive');
    const menu = queue.shadowRoot!.querySelector('soc-queue-saved-views')!;
    const inMenu = (selector: string) => [...menu.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
    await eventually(() => inMenu('.views-button')[0]?.textContent?.includes('Gespeicherte Ansichten'), 'the German menu button');
    expect(button(queue, 'Listenlink kopieren')).to.exist;
    expect(texts(parts(queue, '.chip-text')), "the portal's default filter").to.deep.equal([
      'Status: Aktiv, In Bearbeitung',
      'Schweregrad: Hoch, Mittel, Niedrig',
    ]);
    inMenu('.views-button')[0]!.click();
    await eventually(() => inMenu('[data-action="save-view"]').length > 0 && !inMenu('[role="menu"][aria-busy="true"]').length, 'the menu opens');
    expect(texts(inMenu('[role="menuitem"]'))).to.deep.equal(['Noch keine gespeicherten Ansichten', 'Ansicht speichern…', 'Ansichten verwalten…']);
    inMenu('[data-action="save-view"]')[0]!.click();
    await eventually(() => inMenu('dialog.save')[0]?.hasAttribute('open'), 'the save dialog opens');
    expect(texts(inMenu('dialog.save h2'))).to.deep.equal(['Ansicht speichern']);
    inMenu('dialog.save button[type="submit"]')[0]!.click();
    await eventually(() => inMenu('#name-error').length > 0, 'the empty name is refused');
    expect(texts(inMenu('#name-error'))).to.deep.equal(['Geben Sie einen Namen für die Ansicht ein.']);
    expect(texts(inMenu('dialog.save label'))).to.deep.equal(['Name', 'Als meine Standardansicht festlegen']);
    await expect(queue).to.be.accessible();

    await switchLanguage(wrapper, 'ja', () => menu.shadowRoot!.querySelector('dialog.save h2')?.textContent === 'ビューの保存', 'the Japanese strings arrive');
    expect(button(queue, 'リストのリンクをコピー')).to.exist;
    expect(texts(inMenu('dialog.save label'))).to.deep.equal(['名前', 'これを既定のビューにする']);
  });

  it('leaves no untranslated text in saved views in the pseudo-locale', async () => {
    const { queue } = await mount('en-XA');
    await eventually(() => heading(queue)?.startsWith('⟦'), 'the pseudo-locale applies');
    const menu = queue.shadowRoot!.querySelector('soc-queue-saved-views')!;
    menu.shadowRoot!.querySelector<HTMLElement>('.views-button')!.click();
    await eventually(() => menu.shadowRoot!.querySelector('[data-action="manage-views"]'), 'the menu opens');
    expect(untranslatedText(menu.shadowRoot!)).to.deep.equal([]);
    menu.shadowRoot!.querySelector<HTMLElement>('[data-action="save-view"]')!.click();
    await eventually(() => menu.shadowRoot!.querySelector('dialog.save')?.hasAttribute('open'), 'the save dialog opens');
    expect(untranslatedText(menu.shadowRoot!)).to.deep.equal([]);
  });

  it('leaves no untranslated text in the pseudo-locale, outside user data', async () => {
    const { queue } = await mount('en-XA');
    await eventually(() => heading(queue)?.startsWith('⟦'), 'the pseudo-locale applies');
    // The grid and the toolbar, then the column picker open.
    expect(untranslatedText(queue.shadowRoot!)).to.deep.equal([]);
    const columnPicker = (await openPanel(queue, 'columns')) as SocQueueColumnPicker;
    await eventually(() => columnPicker.shadowRoot!.querySelector('h2')?.textContent?.startsWith('⟦'), 'the picker is in the pseudo-locale');
    expect(untranslatedText(queue.shadowRoot!)).to.deep.equal([]);
    columnPicker.close();

    queue.filters = {
      status: ['active'],
      assignedTo: ['', 'alice@contoso.com'],
      tags: ['VIP'],
      categories: ['InitialAccess', 'Custom category'],
      timeRange: { from: '2024-05-01' },
    };
    await settle(queue);
    const filterPanel = await openPanel(queue, 'filters');
    await eventually(() => inPanel(filterPanel, 'fieldset:nth-of-type(6) bdi').length > 0, 'the people load');
    // Chips with typed values, the empty state, and the open panel with its free values.
    expect(untranslatedText(queue.shadowRoot!)).to.deep.equal([]);
  });
});
