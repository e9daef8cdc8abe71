import { Button, Result } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { type MessageKey, useT } from '../../lib/i18n.ts';

const titles: Record<string, MessageKey> = {
  lists: 'home.section.lists',
  guides: 'home.section.guides',
  templates: 'home.section.templates',
  disclosures: 'home.section.disclosures',
};

/** Public sections that later capabilities fill; until then they say what will be here. */
export function PublicSoonPage() {
  const { t } = useT();
  const { section = '' } = useParams();
  const title = titles[section];
  return (
    <div className="cn-content">
      <Result
        status="info"
        title={title ? t(title) : t('soon.title')}
        subTitle={
          <>
            {title && <p>{t(`${title}.desc` as MessageKey)}</p>}
            <p>{t('home.comingSoon')}</p>
          </>
        }
        extra={
          <Link to="/">
            <Button type="primary">{t('nav.home')}</Button>
          </Link>
        }
      />
    </div>
  );
}
