import { Alert, Badge, Card, Descriptions, Select, Spin, Tabs } from 'antd';
import { useState } from 'react';
import { useListWorkspace } from '../../api/lists.ts';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { ClaimPanel } from './ClaimPanel.tsx';
import { DraftPanel } from './DraftPanel.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { useListTexts } from './texts.ts';
import { VersionsPanel } from './VersionsPanel.tsx';

/**
 * The justice officer's list workspace (LIST-3, LIST-4, LIST-8): the list of their own level, and for
 * a district also the city general list it takes over.
 */
export function ListWorkspacePage() {
  const { lt, language } = useListTexts();
  const { me } = useAuth();
  const own = me!.jurisdiction.code;
  const cityCode = own.length === 6 && !own.endsWith('00') ? `${own.slice(0, 4)}00` : null;
  const [code, setCode] = useState(own.endsWith('0000') ? me!.district.code : own);
  const workspace = useListWorkspace(code);
  const w = workspace.data;
  const district = code.slice(0, 6);
  const inForce = w?.versions[0];
  return (
    <Card
      title={<PageTitle>{lt('lists.title')}</PageTitle>}
      extra={
        cityCode && (
          <Select
            aria-label={lt('change.list')}
            value={code}
            onChange={setCode}
            options={[
              { value: own, label: me!.jurisdiction.name },
              { value: cityCode, label: language === 'zh' ? '市级通用清单' : 'City general list' },
            ]}
          />
        )
      }
    >
      {workspace.error ? (
        <Alert type="error" showIcon title={applyServerError(null, workspace.error, language)} />
      ) : !w ? (
        <Spin />
      ) : (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={lt('change.list')}>{w.title ?? w.name}</Descriptions.Item>
            <Descriptions.Item label={lt('lists.versions')}>
              {inForce
                ? lt('lists.inForce', {
                    n: inForce.versionNo,
                    date: formatDate(inForce.publishedOn, language),
                  })
                : lt('lists.noVersion')}
            </Descriptions.Item>
            <Descriptions.Item label={language === 'zh' ? '待处理变更申请' : 'Requests pending'}>
              <Badge
                count={w.pendingChangeRequests}
                showZero
                color={w.pendingChangeRequests ? 'orange' : 'green'}
              />
            </Descriptions.Item>
          </Descriptions>
          <Tabs
            items={[
              ...(w.level !== 'city'
                ? [
                    {
                      key: 'draft',
                      label: `${lt('lists.draft')}（${w.draft.length}）`,
                      children: <DraftPanel workspace={w} district={district} reload={workspace.reload} />,
                    },
                    {
                      key: 'claims',
                      label: lt('lists.claims'),
                      children: <ClaimPanel workspace={w} reload={workspace.reload} />,
                    },
                  ]
                : []),
              ...(w.keeps
                ? [
                    {
                      key: 'import',
                      label: lt('lists.import'),
                      children: (
                        <ImportPanel code={w.code} publishes={w.level === 'city'} reload={workspace.reload} />
                      ),
                    },
                  ]
                : []),
              {
                key: 'versions',
                label: `${lt('lists.versions')}（${w.versions.length}）`,
                children: <VersionsPanel workspace={w} />,
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
