import { en, type MessageKey, zh } from './messages.ts';
import { usePreferences } from './preferences.tsx';

export type { MessageKey };

export function translate(
  language: 'zh' | 'en',
  key: MessageKey,
  vars: Record<string, string | number> = {},
): string {
  const text = (language === 'zh' ? zh : en)[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** `t('key', {var})` in the user's language, plus the language itself for server messages. */
export function useT() {
  const { language } = usePreferences();
  const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(language, key, vars);
  return { t, language };
}
