import { Button, Result } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useT } from '../../lib/i18n.ts';
import { allSoonItems } from '../../lib/navigation.ts';

/** A workbench place that a later capability fills; it says what it will offer. */
export function ComingSoonPage() {
  const { t } = useT();
  const { key } = useParams();
  const item = allSoonItems.find((i) => i.key === key);
  return (
    <Result
      status="info"
      title={item ? t(item.label) : t('soon.title')}
      subTitle={`${t('soon.title')}。${t('soon.body')} ${(item?.soon ?? []).map((k) => t(k)).join('、')}`}
      extra={
        <Link to="/workbench">
          <Button type="primary">{t('soon.back')}</Button>
        </Link>
      }
    />
  );
}
