/**
 * Message catalogs: each element keeps its English strings in one catalog beside it, with a
 * loader per shipped language, so a page loads only the translations of the elements it uses.
 *
 * A message is a string with `{name}` placeholders, or, when it depends on a count, one string per
 * plural category (`Intl.PluralRules`) chosen by the `count` parameter.
 */

/** One string per plural category; `other` is required, as every language has it. */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | PluralMessage;

export type Messages = { readonly [key: string]: Message };

/** A complete translation of catalog `M`: every key, each a string or plural forms as in English. */
export type Translation<M extends Messages> = {
  readonly [K in keyof M]: M[K] extends string ? string : PluralMessage;
};

/** Values for a message's placeholders; numbers are formatted for the reader's locale. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A translation module as the loaders import it. */
export interface TranslationModule<M extends Messages> {
  default: Translation<M>;
}

/** The languages SOC Kit ships translations for (English is the source). */
export const SHIPPED_LANGUAGES = ['en', 'de', 'ja'] as const;

/** The pseudo-locale: English with accented letters in ⟦brackets⟧, to find strings that skip translation. */
export const PSEUDO_LOCALE = 'en-XA';

export interface Catalog<M extends Messages> {
  /** A name for errors and for hosts that register translations of their own. */
  readonly namespace: string;
  /** The English source. */
  readonly source: M;
  /** Lazy loaders of the shipped translations, by language. */
  readonly loaders: Readonly<Record<string, () => Promise<TranslationModule<M>>>>;
  /** Translations at hand, by language. */
  readonly translations: Map<string, Translation<M>>;
  /** Translations being loaded, by language. */
  readonly pending: Map<string, Promise<void>>;
}

const catalogs = new Set<Catalog<Messages>>();
/** Host translations for catalogs not defined yet, by namespace, then language. */
const waiting = new Map<string, Map<string, Messages>>();
/** Languages a host registered translations for, besides the shipped ones. */
const registeredLanguages = new Set<string>();

/** Declares a catalog: its English source and how to load each shipped translation. */
export function defineMessages<M extends Messages>(
  namespace: string,
  source: M,
  loaders: Readonly<Record<string, () => Promise<TranslationModule<M>>>> = {},
): Catalog<M> {
  const catalog: Catalog<M> = { namespace, source, loaders, translations: new Map(), pending: new Map() };
  catalogs.add(catalog as unknown as Catalog<Messages>);
  for (const [language, translation] of waiting.get(namespace) ?? []) catalog.translations.set(language, translation as Translation<M>);
  return catalog;
}

/**
 * Adds a translation of `catalog` for `language` (a host's own language, or a shipped one it
 * wants without a network round trip). Elements showing that language re-render on their next update.
 */
export function registerTranslation<M extends Messages>(catalog: Catalog<M>, language: string, translation: Translation<M>): void {
  const lang = primaryLanguage(language);
  catalog.translations.set(lang, translation);
  if (!(SHIPPED_LANGUAGES as readonly string[]).includes(lang)) registeredLanguages.add(lang);
  notifyRegistered();
}

/** Strings are kept by language ("pt" for "pt-BR"): the region only changes how dates and numbers look. */
function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0]!;
}

const registeredListeners = new Set<() => void>();

/** Calls `listener` after a host registers translations, so elements in that language show them. */
export function onTranslationsRegistered(listener: () => void): () => void {
  registeredListeners.add(listener);
  return () => registeredListeners.delete(listener);
}

function notifyRegistered(): void {
  registeredListeners.forEach((listener) => listener());
}

/**
 * Adds a host's translations for `language`, by catalog namespace (`{ summary: {...}, queue: {...} }`;
 * the namespaces are the element folders, and `common` holds the shared words). Catalogs of
 * elements loaded later pick them up when they are defined.
 */
export function registerTranslations(language: string, byNamespace: Readonly<Record<string, Messages>>): void {
  const lang = primaryLanguage(language);
  for (const [namespace, translation] of Object.entries(byNamespace)) {
    let forNamespace = waiting.get(namespace);
    if (!forNamespace) waiting.set(namespace, (forNamespace = new Map()));
    forNamespace.set(lang, translation);
    for (const catalog of catalogs) if (catalog.namespace === namespace) catalog.translations.set(lang, translation as Translation<Messages>);
  }
  if (!(SHIPPED_LANGUAGES as readonly string[]).includes(lang)) registeredLanguages.add(lang);
  notifyRegistered();
}

/** Whether strings exist for `language` (shipped, registered by the host, or the pseudo-locale). */
export function isAvailableLanguage(language: string): boolean {
  return (SHIPPED_LANGUAGES as readonly string[]).includes(language) || registeredLanguages.has(language) || language === PSEUDO_LOCALE.toLowerCase();
}

/** Loads `catalog`'s translation for `language` if it ships one; resolves when it is at hand (or there is none). */
export function loadTranslation<M extends Messages>(catalog: Catalog<M>, language: string): Promise<void> {
  if (catalog.translations.has(language)) return Promise.resolve();
  const load = catalog.loaders[language];
  if (!load) return Promise.resolve();
  let pending = catalog.pending.get(language);
  if (!pending) {
    pending = load().then(
      (module) => {
        // A host's own registration, made while the shipped strings loaded, wins.
        if (!catalog.translations.has(language)) catalog.translations.set(language, module.default);
      },
      (error: unknown) => {
        // A failed chunk load must not break the element: it keeps its language, and the next change of `lang` tries again.
        catalog.pending.delete(language);
        console.warn(`SOC Kit: could not load the "${language}" strings of ${catalog.namespace}`, error);
      },
    );
    catalog.pending.set(language, pending);
  }
  return pending;
}

/** Loads the translations for `language` of every catalog defined so far: render without a flash of English. */
export async function preloadLanguage(language: string): Promise<void> {
  await Promise.all([...catalogs].map((catalog) => loadTranslation(catalog, language.toLowerCase())));
}

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ğ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', w: 'ŵ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ğ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', W: 'Ŵ', Y: 'Ý', Z: 'Ž',
};

/** The pseudo-locale form of an English template: accented letters, placeholders untouched, in ⟦brackets⟧. */
export function pseudoTemplate(template: string): string {
  const accented = template.replace(/\{[^}]*\}|[A-Za-z]/g, (match) => (match.length > 1 ? match : (ACCENTED[match] ?? match)));
  return `⟦${accented}⟧`;
}

/** Fills `{name}` placeholders; numbers go through `formatNumber`. An unknown placeholder stays visible. */
export function fillTemplate(template: string, params: MessageParams | undefined, formatNumber: (value: number) => string): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** Picks the plural form of `message` for `count` under `rules`. */
export function pluralForm(message: PluralMessage, count: number, rules: Intl.PluralRules): string {
  const category = count === 0 && message.zero !== undefined ? 'zero' : rules.select(count);
  return message[category] ?? message.other;
}
