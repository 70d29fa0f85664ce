import { expect } from '@open-wc/testing';
import { automationRulesTemplate } from '../../../../stories/automation-rules.stories.js';
import { mountInLanguage, switchLanguage, testApi, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { untranslatedText } from '../i18n/untranslated-text.fixture.js';
import type { SocAutomationRules } from './automation-rules.js';
import { button, control, editorOf, editorRoot, eventually, rows, settled, shadow, textOf } from './automation-rules.fixture.js';

/** The patience of `eventually`. */
const EVENTUALLY = { timeout: 20_000 };

const dateTimeIn = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(
    Date.parse(iso),
  );

describe('soc-automation-rules and the rule editor in other languages', function () {
  const test = useTestBackend();
  beforeEach(() => test.backend.setScenario({ role: 'admin' }));

  async function mount(lang: string) {
    const template = automationRulesTemplate({ api: testApi() });
    const { wrapper, el } = await mountInLanguage(lang, 'soc-automation-rules', template, { provider: false });
    await eventually(() => rows(el).length > 0, 'the rules to load');
    await settled(el);
    // Owner and playbook names come with their own lists.
    await eventually(
      () => [...shadow(el).querySelectorAll('.summary bdi')].some((bdi) => bdi.textContent === 'Megan Bowen'),
      'owner names',
    );
    return { wrapper, el };
  }

  const headers = (el: SocAutomationRules) => [...shadow(el).querySelectorAll('thead th')].map((th) => textOf(th));
  const modifiedTime = (el: SocAutomationRules) => rows(el)[0].querySelector('.modified time')!;

  it('lists the rules in German, with German dates, then in Japanese when lang changes', async () => {
    const { wrapper, el } = await mount('de');
    await eventually(() => button(shadow(el), 'Erstellen'), 'the German strings arrive');
    const count = test.backend.service.listAutomationRules().length;

    expect(headers(el)).to.deep.equal([
      'Reihenfolge',
      'Name der Automatisierungsregel',
      'Trigger',
      'Bedingungen',
      'Aktionen',
      'Ablauf',
      'Aktiviert',
      'Zuletzt geändert',
      'Regelaktionen',
    ]);
    expect(textOf(shadow(el).querySelector('.count'))).to.equal(`${count} Automatisierungsregeln`);
    expect(button(shadow(el), 'Aktualisieren')).to.exist;
    const first = textOf(rows(el)[0]);
    expect(first).to.include('Wenn ein Vorfall erstellt wird');
    expect(first).to.include('Kategorie ist gleich Anfänglicher Zugriff');
    expect(first).to.include('Dienstquelle ist gleich Microsoft Defender for Office 365');
    expect(first).to.include('Besitzer Megan Bowen zuweisen');
    expect(first).to.include('Unbegrenzt');
    expect(textOf(rows(el)[2])).to.include('Schweregrad wurde geändert in Hoch');
    // User data sits in <bdi> inside the sentences; the portal's words do not.
    const typed = [...rows(el)[0].querySelectorAll('.summary bdi')].map((bdi) => bdi.textContent);
    expect(typed).to.include.members(['Megan Bowen']);
    expect(typed).not.to.include('InitialAccess');
    expect(typed).not.to.include('Microsoft Defender for Office 365');
    expect(rows(el)[0].querySelector('th.name')!.getAttribute('dir')).to.equal('auto');
    expect(control(el, 0, 'move-down').getAttribute('aria-label')).to.equal('Nach unten');
    const time = modifiedTime(el);
    expect(time.textContent).to.equal(dateTimeIn('de', time.getAttribute('datetime')!));
    expect(time.textContent).not.to.equal(dateTimeIn('en', time.getAttribute('datetime')!));
    await expect(el).to.be.accessible();

    await switchLanguage(wrapper, 'ja', () => button(shadow(el), '作成'), 'the Japanese strings arrive', EVENTUALLY);
    expect(headers(el).slice(0, 4)).to.deep.equal(['順序', '自動化ルール名', 'トリガー', '条件']);
    expect(textOf(shadow(el).querySelector('.count'))).to.equal(`自動化ルール ${count} 件`);
    expect(textOf(rows(el)[0])).to.include('インシデントが作成されたとき');
    expect(textOf(rows(el)[0])).to.include('カテゴリが初期アクセスと等しい');
    expect(textOf(rows(el)[2])).to.include('重大度が高に変更された');
    await eventually(() => modifiedTime(el).textContent === dateTimeIn('ja', modifiedTime(el).getAttribute('datetime')!), 'dates in Japanese');
  });

  it('edits a rule in German, then in Japanese when lang changes', async () => {
    const { wrapper, el } = await mount('de');
    await eventually(() => button(shadow(el), 'Erstellen'), 'the German strings arrive');
    button(shadow(el), 'Erstellen')!.click();
    await eventually(() => editorOf(el).open && editorRoot(el).querySelector('dialog')?.open, 'the editor to open');
    const editor = editorRoot(el);

    expect(textOf(editor.querySelector('#title'))).to.equal('Neue Automatisierungsregel erstellen');
    expect(textOf(editor.querySelector('label[for="name"]'))).to.equal('Name der Automatisierungsregel');
    expect(textOf(editor.querySelector('#apply'))).to.equal('Anwenden');
    expect(textOf(editor.querySelector('[part="cancel-button"]'))).to.equal('Abbrechen');
    expect(editor.querySelector('header button')!.getAttribute('aria-label')).to.equal('Schließen');
    expect([...editor.querySelectorAll('#trigger option')].map((option) => textOf(option))).to.deep.equal([
      'Wenn ein Vorfall erstellt wird',
      'Wenn ein Vorfall aktualisiert wird',
    ]);
    expect(textOf(editor.querySelector('li.action select option'))).to.equal('Status ändern');
    expect(textOf(editor.querySelector('li.action label.small'))).to.equal('Aktion 1');
    expect(textOf(editor.querySelector('#order-hint'))).to.equal(
      'Regeln werden von der niedrigsten zur höchsten Reihenfolge ausgeführt.',
    );

    button(editor, 'Bedingung hinzufügen')!.click();
    await eventually(() => editor.querySelector('li.condition'), 'a condition row');
    expect(textOf(editor.querySelector('li.condition select option'))).to.equal('Vorfalltitel');
    expect(editor.querySelector('li.condition textarea')!.getAttribute('placeholder')).to.equal('Werte, einer pro Zeile');
    expect(editor.querySelector('li.condition button.icon')!.getAttribute('aria-label')).to.equal('Bedingung 1 entfernen');
    await expect(editorOf(el)).to.be.accessible();

    const japanese = () => textOf(editor.querySelector('#title')) === '新しい自動化ルールの作成';
    await switchLanguage(wrapper, 'ja', japanese, 'the Japanese strings arrive', EVENTUALLY);
    expect(textOf(editor.querySelector('#apply'))).to.equal('適用');
    expect(textOf(editor.querySelector('li.condition select option'))).to.equal('インシデントのタイトル');
    expect(textOf(editor.querySelector('#conditions-hint'))).to.equal(
      'このルールは、すべての条件を満たすときに動作します。複数の値を持つ条件は、いずれかの値に一致すると満たされます。',
    );
  });

  it('leaves no untranslated text in the pseudo-locale, outside user data', async () => {
    const { el } = await mount('en-XA');
    await eventually(() => textOf(shadow(el).querySelector('.count')).startsWith('⟦'), 'the pseudo-locale applies');
    // The list, with every rule's conditions and actions, and the closed editor and delete dialog.
    expect(untranslatedText(shadow(el))).to.deep.equal([]);

    // The editor on each rule: its conditions with picked and typed values, and its actions.
    for (let index = 0; index < rows(el).length; index++) {
      control(el, index, 'edit').click();
      await eventually(() => editorRoot(el).querySelector('dialog')?.open, `the editor on rule ${index + 1}`);
      await editorOf(el).updateComplete;
      expect(untranslatedText(shadow(el)), `rule ${index + 1}`).to.deep.equal([]);
      editorOf(el).close();
      await eventually(() => !editorRoot(el).querySelector('dialog')?.open, 'the editor to close');
    }
  });
});
