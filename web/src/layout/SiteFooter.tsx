import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useDistrictSite, useServedDistricts } from '../api/organisation.ts';
import { useAuth } from '../lib/auth.tsx';
import { useT } from '../lib/i18n.ts';
import { usePublicDistrict } from '../lib/public-district.ts';
import { usePortalTexts } from './portal-texts.ts';
import './portal.css';

// Where a registration number is looked up: MIIT's ICP register and the Ministry of Public Security's.
const ICP_REGISTER = 'https://beian.miit.gov.cn/';
const POLICE_REGISTER = 'https://beian.mps.gov.cn/';

const external = { target: '_blank', rel: 'noopener noreferrer' } as const;

/** Values on one line, each with its label if it needs one; the empty ones left out. */
function Line({ parts }: { parts: { key: string; label?: string; value: ReactNode }[] }) {
  const shown = parts.filter((part) => part.value);
  if (shown.length === 0) return null;
  return (
    <p>
      {shown.map(({ key, label, value }, i) => (
        <Fragment key={key}>
          {i > 0 && <span className="cn-footer-gap" aria-hidden="true" />}
          <span>
            {label && `${label}：`}
            {value}
          </span>
        </Fragment>
      ))}
    </p>
  );
}

/**
 * The foot of every public page, as 《政府网站发展指引》 asks of a government site: who sponsors and runs
 * it, how to reach them, the 12345 hotline, its website code, ICP and police registrations, and the
 * entrance of 政府网站找错 — all of the district shown, from its configuration (ORG-3).
 */
export function PublicFooter() {
  const { t } = useT();
  const { pt } = usePortalTexts();
  const { district } = usePublicDistrict();
  const site = useDistrictSite(district?.code).data?.site;
  return (
    <footer className="cn-footer cn-site-footer">
      <div className="cn-site-footer-inner">
        {site && (
          <a
            className="cn-footer-report"
            href={site.errorReportUrl}
            {...external}
            aria-label={pt('footer.reportLabel')}
          >
            {pt('footer.report')}
          </a>
        )}
        <div className="cn-site-footer-lines" data-testid="site-footer">
          {site && (
            <>
              <Line
                parts={[
                  { key: 'sponsor', label: pt('footer.sponsor'), value: site.sponsor },
                  { key: 'organiser', label: pt('footer.organiser'), value: site.organiser },
                ]}
              />
              <Line
                parts={[
                  { key: 'address', label: pt('footer.address'), value: site.address },
                  { key: 'phone', label: pt('footer.phone'), value: site.phone },
                  { key: 'hotline', label: pt('footer.hotline'), value: site.hotline },
                ]}
              />
              <Line
                parts={[
                  { key: 'siteCode', label: pt('footer.siteCode'), value: site.siteCode },
                  {
                    key: 'icp',
                    value: site.icpRecord && (
                      <a href={ICP_REGISTER} {...external}>
                        {site.icpRecord}
                      </a>
                    ),
                  },
                  {
                    key: 'police',
                    value: site.policeRecord && (
                      <a href={POLICE_REGISTER} {...external}>
                        {site.policeRecord}
                      </a>
                    ),
                  },
                ]}
              />
            </>
          )}
          <p className="cn-footer-basis">
            {t('home.footer')}
            <span className="cn-footer-gap" aria-hidden="true" />
            <Link to="/privacy">{pt('footer.privacy')}</Link>
          </p>
        </div>
      </div>
    </footer>
  );
}

/**
 * The workbench's slim foot: the user's district's sponsor, hotline and ICP registration; none for a
 * province's officer, whose place is no served district with a site of its own.
 */
export function WorkbenchFooter() {
  const { pt } = usePortalTexts();
  const { me } = useAuth();
  const served = useServedDistricts({ enabled: Boolean(me) });
  const own = served.data?.find((d) => d.code === me?.district.code)?.code;
  const site = useDistrictSite(own).data?.site;
  if (!site) return null;
  return (
    <footer className="cn-workbench-footer">
      <Line
        parts={[
          { key: 'sponsor', label: pt('footer.sponsor'), value: site.sponsor },
          { key: 'hotline', label: pt('footer.hotline'), value: site.hotline },
          { key: 'icp', value: site.icpRecord },
        ]}
      />
    </footer>
  );
}
