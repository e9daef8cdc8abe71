import i18next from 'i18next';
import { en, type MessageKey, zh } from './messages.ts';
import { usePreferences } from './preferences.tsx';

export type { Language, MessageKey };

import type { Language } from './preferences.tsx';

type Vars = Record<string, string | number>;

/**
 * The interface's texts, Chinese and English, in one i18next instance: the shared texts in the
 * `common` namespace, each page family's in its own (`defineTexts`). Keys contain dots, so neither
 * keys nor namespaces are split; placeholders are written `{name}` and one left unfilled stays as
 * written rather than vanishing.
 */
const i18n = i18next.createInstance();
void i18n.init({
  resources: { zh: { common: zh }, en: { common: en } },
  lng: 'zh',
  fallbackLng: false,
  defaultNS: 'common',
  keySeparator: false,
  nsSeparator: false,
  initAsync: false,
  interpolation: { prefix: '{', suffix: '}', escapeValue: false }, // React escapes
  missingInterpolationHandler: (_text: string, match: RegExpExecArray) => match[0],
});

function lookUp(language: Language, namespace: string, key: string, vars?: Vars): string {
  return i18n.t(key, { ...vars, lng: language, ns: namespace });
}

export function translate(language: Language, key: MessageKey, vars?: Vars): string {
  return lookUp(language, 'common', key, vars);
}

/** `t('key', {var})` in the user's language, plus the language itself for server messages. */
export function useT() {
  const { language } = usePreferences();
  const t = (key: MessageKey, vars?: Vars) => translate(language, key, vars);
  return { t, language };
}

/** Registers a page family's texts under `namespace`; the answer reads them in a given language. */
export function defineTexts<K extends string>(
  namespace: string,
  zhTexts: Record<K, string>,
  enTexts: Record<K, string>,
) {
  i18n.addResourceBundle('zh', namespace, zhTexts);
  i18n.addResourceBundle('en', namespace, enTexts);
  return (language: Language, key: K, vars?: Vars) => lookUp(language, namespace, key, vars);
}

/** A page family's texts (from `defineTexts`) in the user's language. */
export function useTexts<K extends string>(texts: (language: Language, key: K, vars?: Vars) => string) {
  const { language } = usePreferences();
  const text = (key: K, vars?: Vars) => texts(language, key, vars);
  return { text, language };
}
