import { Button, Switch } from 'antd';
import { useT } from '../lib/i18n.ts';
import { usePreferences } from '../lib/preferences.tsx';

/** Language and 关怀模式 switches, on every page. */
export function PreferenceBar({ onDark = true }: { onDark?: boolean }) {
  const { t } = useT();
  const { language, setLanguage, careMode, setCareMode } = usePreferences();
  const color = onDark ? '#fff' : undefined;
  return (
    <div className="cn-pref-bar">
      <Button
        type="link"
        style={{ color }}
        aria-label={t('pref.languageLabel')}
        lang={language === 'zh' ? 'en' : 'zh-CN'}
        onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
      >
        {t('pref.language')}
      </Button>
      <span style={{ color, display: 'inline-flex', gap: 6, alignItems: 'center' }}>
        <Switch id="care-mode-switch" checked={careMode} onChange={setCareMode} aria-label={t('pref.care')} />
        <label htmlFor="care-mode-switch" style={{ cursor: 'pointer' }}>
          {t('pref.care')}
        </label>
      </span>
    </div>
  );
}
