// Localization: SOC Kit elements follow the closest `lang` attribute; hosts use these to register
// languages of their own, preload a shipped one, or localize their own elements the same way.
export {
  defineMessages,
  preloadLanguage,
  registerTranslation,
  registerTranslations,
  PSEUDO_LOCALE,
  SHIPPED_LANGUAGES,
  type Catalog,
  type Message,
  type MessageParams,
  type Messages,
  type PluralMessage,
  type Translation,
} from './messages.js';
export { Localizer, LocaleController, type MessageKey } from './localizer.js';
export { closestLang, localeOf, resolveLocale, type ResolvedLocale } from './locale.js';
export { common, commonMessages, type CommonMessages } from './common.messages.js';
