import { defineMessages, type Translation } from '@soc-kit/components/i18n';

/** The demo portal's own strings, localized the way a host localizes its elements with the kit's API. */
const demoMessages = {
  sections: 'Sections',
  incidents: 'Incidents',
  automation: 'Automation',
  automationRules: 'Automation rules',
  language: 'Language',
  signedInAs: 'Signed in as {name} ({roles})',
  startFailed: 'The mock backend could not start: {reason}',
} as const;

const de: Translation<typeof demoMessages> = {
  sections: 'Bereiche',
  incidents: 'Vorfälle',
  automation: 'Automatisierung',
  automationRules: 'Automatisierungsregeln',
  language: 'Sprache',
  signedInAs: 'Angemeldet als {name} ({roles})',
  startFailed: 'Das Mock-Back-End konnte nicht starten: {reason}',
};

const ja: Translation<typeof demoMessages> = {
  sections: 'セクション',
  incidents: 'インシデント',
  automation: '自動化',
  automationRules: '自動化ルール',
  language: '言語',
  signedInAs: '{name} としてサインイン中 ({roles})',
  startFailed: 'モック バックエンドを開始できませんでした: {reason}',
};

export const demoCatalog = defineMessages('demo', demoMessages, {
  de: () => Promise.resolve({ default: de }),
  ja: () => Promise.resolve({ default: ja }),
});

/** The languages the demo offers, each named in itself. */
export const DEMO_LANGUAGES = [
  ['en', 'English'],
  ['de', 'Deutsch'],
  ['ja', '日本語'],
  ['en-XA', 'Pseudo (en-XA)'],
] as const;
