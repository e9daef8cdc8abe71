import { privacyNotice } from '@common/privacy-notice.ts';
import { Card, Typography } from 'antd';
import { usePreferences } from '../../lib/preferences.tsx';
import { PrivacyNotice } from './PrivacyNotice.tsx';

/** The notice as a page of its own, to read before registering or at any time after. */
export function PrivacyPage() {
  const { language } = usePreferences();
  return (
    <div className="cn-content" style={{ maxWidth: 860 }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: '1.6em', marginTop: 0 }}>
          {privacyNotice[language].title}
        </Typography.Title>
        <PrivacyNotice />
      </Card>
    </div>
  );
}
