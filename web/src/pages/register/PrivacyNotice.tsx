import { privacyNotice } from '@common/privacy-notice.ts';
import { Typography } from 'antd';
import { usePreferences } from '../../lib/preferences.tsx';

/** The personal-information notice in the reader's language (the version agreed to is recorded). */
export function PrivacyNotice({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { language } = usePreferences();
  const notice = privacyNotice[language];
  return (
    <article className="cn-privacy-notice" data-testid="privacy-notice">
      <Typography.Paragraph type="secondary">{notice.effective}</Typography.Paragraph>
      {notice.sections.map((section) => (
        <section key={section.heading}>
          <Typography.Title level={headingLevel === 2 ? 3 : 4} style={{ fontSize: '1.05em' }}>
            {section.heading}
          </Typography.Title>
          {section.paragraphs.map((p) => (
            <Typography.Paragraph key={p}>{p}</Typography.Paragraph>
          ))}
        </section>
      ))}
    </article>
  );
}
