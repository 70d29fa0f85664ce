import { expect, html, waitUntil } from '@open-wc/testing';
import { mountInLanguage, switchLanguage, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { Localizer } from '../i18n/localizer.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import { formatDateTime } from '../internal/format.js';
import type { SocActivityLog } from './activity-log.js';
import { actorSentence, changeSentence, entrySentences, sentenceText } from './activity-sentences.js';
import './define.js';
import { activityLogCatalog } from './messages.js';

const ASSIGNEE = 'lee.gu@contoso.com';

describe('activity sentences in other languages', () => {
  const localizer = async (lang: string) => {
    const l10n = new Localizer(activityLogCatalog, lang);
    await l10n.load();
    return l10n;
  };

  it("follows each language's word order and keeps the user data apart", async () => {
    const de = await localizer('de');
    expect(changeSentence({ field: 'assignedTo', from: 'a@contoso.com', to: 'b@contoso.com' }, de)).to.deep.equal([
      'Neu zugewiesen von ',
      { data: 'a@contoso.com' },
      ' an ',
      { data: 'b@contoso.com' },
    ]);
    expect(sentenceText(changeSentence({ field: 'displayName', from: 'Old', to: 'New' }, de))).to.equal(
      'Vorfallname von „Old“ in „New“ geändert',
    );

    const ja = await localizer('ja');
    const renamed = changeSentence({ field: 'displayName', from: 'Old', to: 'New' }, ja);
    expect(sentenceText(renamed)).to.equal('インシデント名を 「Old」 から 「New」 に変更しました');
    expect(renamed.filter((part) => typeof part !== 'string')).to.deep.equal([{ data: 'Old' }, { data: 'New' }]);
    expect(sentenceText(changeSentence({ field: 'customTags', from: ['A'], to: ['B', 'C'] }, ja))).to.equal(
      'タグを追加しました: B、C、タグを削除しました: A',
    );
  });

  it('translates the details the backend writes, and the service as an actor', async () => {
    const de = await localizer('de');
    const entry = {
      id: 'a',
      incidentId: '1',
      actor: 'System',
      time: '2024-06-01T10:00:00Z',
      action: 'remediation' as const,
      changes: [],
      detail: 'isolateDevice on PC-7: completed',
    };
    // The action type's words come from the shared catalog.
    expect(entrySentences(entry, de)).to.deep.equal([
      [`${de.t('actionType.isolateDevice')} für `, { data: 'PC-7' }, ': abgeschlossen'],
    ]);
    expect(sentenceText(actorSentence('System', de))).to.equal('System');
    expect(actorSentence('Automation rule: Route phishing', de)).to.deep.equal([
      'Automatisierungsregel: ',
      { data: 'Route phishing' },
    ]);
    // A detail the kit does not know stays as written, as data.
    expect(entrySentences({ ...entry, detail: 'Something new happened' }, de)).to.deep.equal([[{ data: 'Something new happened' }]]);
  });

  it('never reads user data as a placeholder', async () => {
    const en = await localizer('en');
    const sentence = changeSentence({ field: 'customTags', from: [], to: ['{field}', '\uE0000\uE001'] }, en);
    expect(sentenceText(sentence)).to.equal('Tags added: {field}, \uE0000\uE001');
  });

  it('marks every word of the pseudo-locale and leaves the data alone', async () => {
    const pseudo = await localizer('en-XA');
    const sentence = changeSentence({ field: 'assignedTo', from: null, to: ASSIGNEE }, pseudo);
    expect(sentence).to.deep.equal(['⟦Áššíğñéð ţó ', { data: ASSIGNEE }, '⟧']);
  });
});

describe('soc-activity-log in other languages', function () {

  const test = useTestBackend();
  const service = () => test.backend.service;
  const root = (el: SocActivityLog) => el.shadowRoot!;
  const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
  const counter = (el: SocActivityLog) => text(root(el).querySelector('#comment-count')!);

  /** An incident assigned, tagged, commented on and given a task. */
  function workedIncident(): string {
    const responder = service().principalFor('responder');
    const id = service().createIncident(responder, {
      displayName: 'Suspicious sign-in',
      alerts: [{ title: 'Unfamiliar sign-in', severity: 'low' }],
    }).id;
    service().updateIncident(responder, id, { assignedTo: ASSIGNEE, customTags: ['Finance'] });
    service().addComment(responder, id, 'Looked at the sign-in logs.');
    service().saveTask(responder, id, { title: 'Call the user' });
    return id;
  }

  const mount = (lang: string, incidentId: string) =>
    mountInLanguage(lang, 'soc-activity-log', html`<soc-activity-log .incidentId=${incidentId}></soc-activity-log>`, {
      until: (el) => root(el).querySelector('.log[aria-busy="false"]'),
      message: 'activity loads',
    });

  it('speaks German, then Japanese when the language changes', async () => {
    const { wrapper, el } = await mount('de', workedIncident());
    await waitUntil(() => text(root(el)).includes('Kommentar hinzufügen'), 'German shows', TRANSLATION_LOADS);

    const all = text(root(el));
    const count = root(el).querySelectorAll('.log > li').length;
    expect(all).to.include(`Zugewiesen an ${ASSIGNEE}`);
    expect(all).to.include('Tags hinzugefügt: Finance');
    expect(all).to.include('Aufgabe erstellt: Call the user');
    expect(all).to.include(`${count} Einträge, neueste zuerst`);
    expect(counter(el)).to.equal('0 / 30.000 Zeichen');
    const assigned = [...root(el).querySelectorAll('.sentences li')].find((li) => text(li).startsWith('Zugewiesen an'))!;
    expect(assigned.querySelector('bdi')!.textContent).to.equal(ASSIGNEE);
    const time = root(el).querySelector<HTMLTimeElement>('.log time')!;
    expect(time.textContent).to.equal(formatDateTime(time.dateTime, 'de'));

    // The text filter searches the words as shown.
    const filter = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(filter.placeholder).to.equal('Nach Text oder Person filtern');
    filter.value = 'zugewiesen an';
    filter.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(root(el).querySelectorAll('.log > li')).to.have.length(1);
    expect(text(root(el))).to.include(`1 von ${count} Einträgen werden angezeigt`);
    filter.value = '';
    filter.dispatchEvent(new Event('input'));
    await el.updateComplete;

    await switchLanguage(wrapper, 'ja', () => text(root(el)).includes('コメントの追加'), 'Japanese shows');
    expect(text(root(el))).to.include(`${ASSIGNEE} に割り当てました`);
    expect(text(root(el))).to.include('タスクを作成しました: Call the user');
    expect(counter(el)).to.equal('0 / 30,000 文字');
    const jaTime = root(el).querySelector<HTMLTimeElement>('.log time')!;
    expect(jaTime.textContent).to.equal(formatDateTime(jaTime.dateTime, 'ja'));
  });

  it('leaves no string untranslated in the pseudo-locale', async () => {
    const { el } = await mount('en-XA', workedIncident());
    expect(text(root(el))).to.include('⟦');
    expect(untranslatedText(root(el))).to.deep.equal([]);

    test.backend.setScenario({ role: 'reader' });
    const reader = await mount('en-XA', workedIncident());
    await waitUntil(() => root(reader.el).querySelector('#comment-readonly'), 'the read-only note shows', TRANSLATION_LOADS);
    expect(untranslatedText(root(reader.el))).to.deep.equal([]);
  });
});
