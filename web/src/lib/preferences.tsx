import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';

export type Language = 'zh' | 'en';

interface Preferences {
  language: Language;
  setLanguage(language: Language): void;
  /** 关怀模式: larger text, higher contrast, simpler navigation. */
  careMode: boolean;
  setCareMode(on: boolean): void;
}

const PreferencesContext = createContext<Preferences | null>(null);

const stored = (key: string) => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const store = (key: string, value: string) => {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private browsing: the choice lasts for this page only.
  }
};

export function PreferencesProvider({ children }: { children: ReactNode }) {
  const query = new URLSearchParams(window.location.search);
  const [language, setLanguage] = useState<Language>(
    (query.get('lang') as Language | null) ?? (stored('cn-language') as Language | null) ?? 'zh',
  );
  const [careMode, setCareMode] = useState(query.get('care') === '1' || stored('cn-care-mode') === '1');
  useEffect(() => {
    store('cn-language', language);
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);
  useEffect(() => {
    store('cn-care-mode', careMode ? '1' : '0');
    document.documentElement.classList.toggle('care-mode', careMode);
  }, [careMode]);
  const value = useMemo(() => ({ language, setLanguage, careMode, setCareMode }), [language, careMode]);
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): Preferences {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences outside PreferencesProvider');
  return value;
}
