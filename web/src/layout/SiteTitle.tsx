import { Button, Dropdown } from 'antd';
import { Link } from 'react-router-dom';
import { useServedDistricts } from '../api/organisation.ts';
import { useAuth } from '../lib/auth.tsx';
import { useT } from '../lib/i18n.ts';
import { fullName, usePublicDistrict } from '../lib/public-district.ts';
import { usePortalTexts } from './portal-texts.ts';
import './portal.css';

/** The site's name as a government portal writes it: the district's name before the platform's. */
function Brand({ district }: { district: string | undefined }) {
  const { t } = useT();
  return (
    <Link to="/" className="cn-brand">
      <span className="cn-brand-seal" aria-hidden="true">
        诺
      </span>
      <span className="cn-brand-name">
        {district && (
          <span className="cn-brand-district" lang="zh-CN" data-testid="site-district">
            {district}
          </span>
        )}
        <span>{t('app.title')}</span>
      </span>
    </Link>
  );
}

/** The public header's title: the district shown, and a switch to the other served districts. */
export function PublicSiteTitle() {
  const { pt } = usePortalTexts();
  const { district, districts, choose } = usePublicDistrict();
  const name = district && fullName(district);
  return (
    <span className="cn-site-title">
      <Brand district={name} />
      {district && (districts?.length ?? 0) > 1 && (
        <Dropdown
          trigger={['click']}
          menu={{
            selectable: true,
            selectedKeys: [district.code],
            items: (districts ?? []).map((d) => ({ key: d.code, label: fullName(d) })),
            onClick: ({ key }) => choose(key),
          }}
        >
          <Button
            type="link"
            size="small"
            className="cn-district-switch"
            aria-label={pt('district.switchLabel', { district: name ?? '' })}
          >
            {pt('district.switch')}
          </Button>
        </Dropdown>
      )}
    </span>
  );
}

/** The workbench's title: the platform of the signed-in user's district. */
export function WorkbenchSiteTitle() {
  const { me } = useAuth();
  const served = useServedDistricts();
  const own = served.data?.find((d) => d.code === me?.district.code);
  return <Brand district={own ? fullName(own) : me?.district.name} />;
}
