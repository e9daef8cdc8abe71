import { usePreferences } from './preferences.tsx';

/** A page's texts in the user's language, `{var}` placeholders filled. */
export function usePageTexts<K extends string>(zh: Record<K, string>, en: Record<K, string>) {
  const { language } = usePreferences();
  const text = (key: K, vars: Record<string, string | number> = {}) =>
    (language === 'zh' ? zh : en)[key].replace(/\{(\w+)\}/g, (_, n: string) => String(vars[n] ?? `{${n}}`));
  return { text, language };
}
