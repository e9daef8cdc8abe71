import { Card, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useListVersions, workbooks } from '../../../api/lists.ts';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { TechnicalDetails } from '../../../components/TechnicalDetails.tsx';
import { formatDate } from '../../../lib/dates.ts';
import { ListState } from './ListState.tsx';
import { ListsShell } from './ListsShell.tsx';
import { listPages } from './model.ts';
import { useListTexts } from './texts.ts';

/** LIST-4: every published version of a place's list, newest first, each viewable and comparable. */
export function VersionsPage() {
  const { code = '' } = useParams();
  const { tx, language } = useListTexts();
  const versions = useListVersions(code);
  const list = versions.data ?? [];
  return (
    <ListsShell code={code} section="versions">
      <Card className="cn-lists-card">
        <div className="cn-lists-summary">
          <div className="cn-lists-summary-main">
            <Typography.Title level={2} className="cn-lists-h2">
              {tx('versions.title')}
            </Typography.Title>
            <Typography.Paragraph>{tx('versions.intro')}</Typography.Paragraph>
          </div>
          {list.length > 1 && (
            <div className="cn-lists-summary-actions">
              <ButtonLink to={listPages.diff(code, list[1]!.version, list[0]!.version)} type="primary" block>
                {tx('versions.compare')}
              </ButtonLink>
            </div>
          )}
        </div>
        <ListState error={versions.error} loading={versions.loading && !versions.data} />
        {versions.data && list.length === 1 && (
          <Typography.Paragraph type="secondary">{tx('versions.onlyOne')}</Typography.Paragraph>
        )}
        <ol className="cn-lists-versions" data-testid="versions">
          {list.map((v, i) => {
            const previous = list[i + 1];
            return (
              <li key={v.version} className="cn-lists-version">
                <Typography.Title level={3} className="cn-lists-h3">
                  {tx('lists.versionNo', { version: v.version })}
                  {i === 0 && <Tag color="green">{tx('lists.inForce')}</Tag>}
                  <span className="cn-lists-version-date">
                    {tx('lists.publishedOn')}：{formatDate(v.publishedOn, language)}
                  </span>
                </Typography.Title>
                <Typography.Paragraph>
                  <strong>{tx('versions.note')}：</strong>
                  <span lang="zh-CN">{v.note}</span>
                </Typography.Paragraph>
                <TechnicalDetails summary={tx('lists.check')} explanation={tx('lists.check.why')}>
                  {tx('lists.sm3')}：<span className="cn-sm3">{v.contentSm3}</span>
                </TechnicalDetails>
                <Space wrap size={[16, 8]}>
                  <Link to={listPages.list(code, i === 0 ? undefined : v.version)}>
                    {tx('versions.view')}
                  </Link>
                  <a
                    href={workbooks.list(code, v.version)}
                    download
                    aria-label={`${tx('lists.download')}：${tx('lists.versionNo', { version: v.version })}`}
                  >
                    {tx('lists.download')}
                  </a>
                  {previous && (
                    <Link to={listPages.diff(code, previous.version, v.version)}>
                      {tx('versions.compareWithPrevious', { version: previous.version })}
                    </Link>
                  )}
                </Space>
              </li>
            );
          })}
        </ol>
      </Card>
    </ListsShell>
  );
}
