import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ImpactedAssets } from '../api/model.js';
import { formatCount, formatDate, formatDateTime, formatDateTimeSeconds, formatList, formatRelative, formatTime, formattersFor } from '../internal/format.js';
import { TACTIC_LABELS } from '../internal/labels.js';
import { isolate } from './isolate.js';
import { messageParts } from './message-parts.js';
import { common, type CommonMessages } from './common.messages.js';
import { localeOf, onLangChange, resolveLocale, type ResolvedLocale } from './locale.js';
import {
  fillTemplate,
  loadTranslation,
  pluralForm,
  PSEUDO_LOCALE,
  pseudoTemplate,
  type Catalog,
  type Message,
  type MessageParams,
  type Messages,
} from './messages.js';

/** The keys of catalog `M` plus the shared words. */
export type MessageKey<M extends Messages> = (keyof M & string) | keyof CommonMessages;

const PSEUDO = PSEUDO_LOCALE.toLowerCase();
const englishPlurals = new Intl.PluralRules('en');
/** The kinds of impacted asset, in the order the portal lists them. */
export const ASSET_KINDS = ['devices', 'users', 'mailboxes', 'apps', 'ips', 'cloudResources'] as const satisfies readonly (keyof ImpactedAssets)[];

/**
 * Strings and formats in one locale: `t()` looks a key up in the element's catalog, then in the
 * shared words, falling back to English while a translation loads; the format methods use `Intl`
 * for the same locale. Use it directly where there is no element (an export, a test); elements
 * use `LocaleController`, which follows the `lang` around them.
 */
export class Localizer<M extends Messages = Messages> {
  protected current: ResolvedLocale;

  constructor(
    protected readonly catalog?: Catalog<M>,
    locale: string = 'en',
  ) {
    this.current = resolveLocale(locale);
  }

  /** The BCP 47 tag dates and numbers are formatted for. */
  get locale(): string {
    return this.current.tag;
  }

  /** The language strings are shown in ("en", "de", "ja", or the pseudo-locale "en-xa"). */
  get language(): string {
    return this.current.language;
  }

  /** Whether every catalog this localizer reads has its translation for `language` at hand. */
  isReady(language = this.current.language): boolean {
    return [common, this.catalog].every((catalog) => !catalog || !catalog.loaders[language] || catalog.translations.has(language));
  }

  /** Loads the translations for `language` this localizer needs; resolves when they are at hand. */
  load(language = this.current.language): Promise<void> {
    return Promise.all([loadTranslation(common, language), this.catalog && loadTranslation(this.catalog, language)]).then(() => undefined);
  }

  /** The message `key` in this locale, placeholders filled (`count` also picks the plural form). */
  t(key: MessageKey<M>, params?: MessageParams): string {
    const own = this.catalog && Object.hasOwn(this.catalog.source, key);
    const catalog = (own ? this.catalog : common) as Catalog<Messages>;
    const { language } = this.current;
    const source = catalog.source[key];
    // A value outside the known lists ("status.someNewStatus" from a host's client): the value itself, as data.
    if (source === undefined) return isolate(key.slice(key.indexOf('.') + 1));
    const pseudo = language === PSEUDO;
    const message: Message = (pseudo ? undefined : catalog.translations.get(language)?.[key]) ?? source;
    let template: string;
    if (typeof message === 'string') template = message;
    else {
      const count = Number(params?.['count'] ?? 0);
      template = pluralForm(message, count, pseudo || message === source ? englishPlurals : formattersFor(this.locale).plural);
    }
    return fillTemplate(pseudo ? pseudoTemplate(template) : template, params, (value) => this.count(value));
  }

  /**
   * Message `key` with placeholders filled by markup (a `<bdi>` name, a `<time>`) rather than
   * text: the words around them are translated and keep the translation's order. Lit renders the
   * returned array.
   */
  markup(key: MessageKey<M>, parts: Readonly<Record<string, unknown>>): unknown[] {
    // Numbers stay values (they pick the plural form and are formatted); the rest become holes for markup.
    const params = Object.fromEntries(Object.entries(parts).map(([name, part]) => [name, typeof part === 'number' ? part : `{${name}}`]));
    return messageParts(this.t(key, params), parts);
  }

  /** "Nov 26, 2026, 09:14" in this locale; '—' when absent. */
  dateTime(iso: string | number | null | undefined): string {
    return formatDateTime(iso, this.locale);
  }

  /** "Nov 26, 2026, 09:14:05" in this locale; '—' when absent. */
  dateTimeSeconds(iso: string | number | null | undefined): string {
    return formatDateTimeSeconds(iso, this.locale);
  }

  /** "Nov 26, 2026" in this locale; '—' when absent. */
  date(iso: string | number | null | undefined): string {
    return formatDate(iso, this.locale);
  }

  /** "09:14:05" in this locale; '—' when absent. */
  time(iso: string | number | null | undefined): string {
    return formatTime(iso, this.locale);
  }

  /** A number with this locale's grouping. */
  count(value: number): string {
    return formatCount(value, this.locale);
  }

  /** "3 hours ago" in this locale. */
  relative(iso: string | null | undefined, now?: number): string {
    const text = formatRelative(iso, now, this.locale);
    return this.language === PSEUDO && text !== '—' ? pseudoTemplate(text) : text;
  }

  /** Items joined as this language joins them ("a, b, and c"). */
  list(items: readonly string[], type?: Intl.ListFormatType): string {
    if (this.language !== PSEUDO) return formatList(items, this.locale, type);
    // The pseudo-locale marks the words the list adds ("and"), not the items.
    return formattersFor(this.locale)
      .listParts(items, type)
      .map((part) => (part.type === 'literal' && /[A-Za-z]/.test(part.value) ? pseudoTemplate(part.value) : part.value))
      .join('');
  }

  /** "2 devices, 1 user"; "None" when nothing is impacted. */
  impactedAssets(assets: ImpactedAssets): string {
    const parts = ASSET_KINDS.filter((kind) => assets[kind] > 0).map((kind) => this.t(`assets.${kind}`, { count: assets[kind] }));
    return parts.length > 0 ? parts.join(', ') : this.t('assets.none');
  }

  /** Categories are free text, mostly MITRE tactics spelled as Graph does ("InitialAccess"): those in words. */
  category(category: string): string {
    const tactic = category.charAt(0).toLowerCase() + category.slice(1);
    return Object.hasOwn(TACTIC_LABELS, tactic) ? this.t(`tactic.${tactic as keyof typeof TACTIC_LABELS}`) : isolate(category);
  }
}

/**
 * The locale of an element: follows the closest `lang` (the element's own, an ancestor's across
 * shadow roots, the document's, else the browser's), loads the translations it needs and
 * re-renders the element when the language changes or a translation arrives.
 */
export class LocaleController<M extends Messages = Messages> extends Localizer<M> implements ReactiveController {
  private stopListening?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    catalog?: Catalog<M>,
  ) {
    super(catalog);
    host.addController(this);
  }

  hostConnected(): void {
    this.stopListening = onLangChange(this.host, () => this.update());
    this.update();
  }

  hostDisconnected(): void {
    this.stopListening?.();
  }

  /** The locale the element is moving to while its translations load. */
  private target?: ResolvedLocale;

  /**
   * Follows the element's `lang`. A new language shows once all of its strings are at hand, so an
   * element never renders half in one language and half in another.
   */
  private update(): void {
    const next = localeOf(this.host);
    const same = (a: ResolvedLocale | undefined) => a?.tag === next.tag && a.language === next.language;
    if (same(this.target) || (same(this.current) && !this.target)) return;
    this.target = next;
    const apply = () => {
      if (this.target !== next) return;
      this.target = undefined;
      this.current = next;
      this.host.requestUpdate();
    };
    if (this.isReady(next.language)) apply();
    else {
      void this.load(next.language).then(() => {
        if (this.isReady(next.language)) apply();
        // The strings did not load: keep the language shown, and try again on the next change.
        else if (this.target === next) this.target = undefined;
      });
    }
  }

}
