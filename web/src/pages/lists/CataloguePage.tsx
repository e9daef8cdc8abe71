import { type VerificationClass, verificationClasses } from '@common/list-item.ts';
import { Button, Card, Col, List, Progress, Row, Statistic, Table, Tabs, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useCatalogue, useListDashboard } from '../../api/lists.ts';
import { useAuth } from '../../lib/auth.tsx';
import { DistrictPicker, type StaffDistrict, WithStaffDistrict } from '../../lib/staff-district.tsx';
import { PageTitle } from '../admin/PageTitle.tsx';
import { AdministrativeMatterForm } from './AdministrativeMatterForm.tsx';
import { MatterForm } from './MatterForm.tsx';
import { useListTexts } from './texts.ts';
import type { AdministrativeMatter, CertificationMatter } from './types.ts';

/** Excluded matters first, then retained ones: what an officer reviews most. */
const byFlag = (matters: CertificationMatter[]) => [...matters].sort((a, b) => flag(b) - flag(a));
const flag = (m: CertificationMatter) => (m.exclusion ? 2 : m.retainedReason ? 1 : 0);

/** LIST-1 catalogue and LIST-2 dashboard of the district: should-adopt flags and key-field coverage. */
function Catalogue({ staff }: { staff: StaffDistrict }) {
  const { lt, language } = useListTexts();
  const { me } = useAuth();
  const district = staff.code;
  const catalogue = useCatalogue(district);
  const dashboard = useListDashboard(district);
  const [editing, setEditing] = useState<CertificationMatter | 'new' | null>(null);
  const [editingAdministrative, setEditingAdministrative] = useState<AdministrativeMatter | 'new' | null>(
    null,
  );
  const edits = me!.role === 'justice-officer' && me!.jurisdiction.code === district;
  const d = dashboard.data;
  return (
    <Card title={<PageTitle>{lt('catalogue.title')}</PageTitle>} extra={<DistrictPicker district={staff} />}>
      <Tabs
        items={[
          {
            key: 'dashboard',
            label: lt('catalogue.dashboard'),
            children: d && (
              <Row gutter={[16, 16]}>
                <Col xs={24} md={6}>
                  <Statistic title={lt('lists.version.items')} value={d.itemCount} />
                </Col>
                <Col xs={24} md={6}>
                  <Statistic title={lt('catalogue.matters')} value={d.catalogueSize} />
                </Col>
                <Col xs={24} md={6}>
                  <Statistic title={lt('lists.col.disclosure')} value={d.disclosed} />
                </Col>
                <Col xs={24} md={6}>
                  <Statistic title={lt('catalogue.exclusion')} value={d.excluded} />
                </Col>
                <Col xs={24} lg={12}>
                  <Card size="small" title={lt('catalogue.shouldAdopt')} data-testid="should-adopt">
                    {d.shouldAdopt.length === 0
                      ? lt('catalogue.noneShouldAdopt')
                      : d.shouldAdopt.map((n) => (
                          <Tag key={n} color="red">
                            {n}
                          </Tag>
                        ))}
                  </Card>
                </Col>
                <Col xs={24} lg={12}>
                  <Card size="small" title={lt('catalogue.byVerification')}>
                    {Object.entries(d.byVerification).map(([k, n]) => (
                      <Tag key={k}>
                        {verificationClasses[k as VerificationClass][language]} {n}
                      </Tag>
                    ))}
                  </Card>
                </Col>
                <Col xs={24} lg={12}>
                  <Card size="small" title={lt('catalogue.coverage')} data-testid="field-coverage">
                    <List
                      dataSource={d.fields}
                      renderItem={(f) => (
                        <List.Item>
                          <span style={{ width: 110 }}>{f.field}</span>
                          <Tooltip
                            title={lt('catalogue.matterCount', { listed: f.listed, total: f.matters })}
                          >
                            <Progress
                              style={{ flex: 1, margin: '0 12px' }}
                              percent={f.share === null ? 0 : Math.round(f.share * 100)}
                              status={f.share === null ? 'normal' : f.share < 0.5 ? 'exception' : 'success'}
                              aria-label={`${f.field} ${lt('catalogue.matterCount', { listed: f.listed, total: f.matters })}`}
                            />
                          </Tooltip>
                          <span>{lt('catalogue.matterCount', { listed: f.listed, total: f.matters })}</span>
                        </List.Item>
                      )}
                    />
                  </Card>
                </Col>
                <Col xs={24} lg={12}>
                  <Card size="small" title={lt('catalogue.incomplete')}>
                    {d.incomplete.length === 0
                      ? lt('catalogue.noneShouldAdopt')
                      : d.incomplete.map((i) => (
                          <div key={i.key}>{`${i.name}（${i.administrativeMatter}）`}</div>
                        ))}
                  </Card>
                </Col>
              </Row>
            ),
          },
          {
            key: 'matters',
            label: lt('catalogue.matters'),
            children: (
              <>
                {edits && (
                  <Button style={{ marginBottom: 12 }} onClick={() => setEditing('new')}>
                    {lt('catalogue.newMatter')}
                  </Button>
                )}
                <Table<CertificationMatter>
                  rowKey="id"
                  size="small"
                  loading={catalogue.loading}
                  dataSource={byFlag(catalogue.data?.certificationMatters ?? [])}
                  pagination={{ pageSize: 20, showSizeChanger: false }}
                  columns={[
                    { title: lt('lists.col.name'), dataIndex: 'name' },
                    { title: lt('lists.col.field'), dataIndex: 'field', width: 110 },
                    { title: lt('lists.col.issuingBody'), dataIndex: 'issuingBody' },
                    {
                      title: lt('catalogue.eLicense'),
                      render: (_v, m) =>
                        m.eLicense ? <Tag color="blue">{lt('catalogue.eLicense')}</Tag> : '—',
                      width: 90,
                    },
                    {
                      title: lt('catalogue.exclusion'),
                      render: (_v, m) =>
                        m.exclusion ? (
                          <Tooltip title={m.exclusion.reason}>
                            <Tag color="red">{m.exclusion.category}</Tag>
                          </Tooltip>
                        ) : m.retainedReason ? (
                          <Tooltip title={m.retainedReason}>
                            <Tag>{language === 'zh' ? '保留' : 'Retained'}</Tag>
                          </Tooltip>
                        ) : (
                          '—'
                        ),
                    },
                    ...(edits
                      ? [
                          {
                            title: '',
                            width: 80,
                            render: (_v: unknown, m: CertificationMatter) => (
                              <Button size="small" onClick={() => setEditing(m)}>
                                {language === 'zh' ? '修改' : 'Edit'}
                              </Button>
                            ),
                          },
                        ]
                      : []),
                  ]}
                />
              </>
            ),
          },
          {
            key: 'administrative',
            label: lt('catalogue.administrative'),
            children: (
              <>
                {edits && (
                  <Button style={{ marginBottom: 12 }} onClick={() => setEditingAdministrative('new')}>
                    {lt('catalogue.newAdministrative')}
                  </Button>
                )}
                <Table<AdministrativeMatter>
                  rowKey="id"
                  size="small"
                  dataSource={catalogue.data?.administrativeMatters ?? []}
                  pagination={{ pageSize: 20, showSizeChanger: false }}
                  columns={[
                    { title: lt('catalogue.code'), dataIndex: 'code', width: 110 },
                    { title: lt('lists.col.matter'), dataIndex: 'name' },
                    { title: lt('catalogue.kind'), dataIndex: 'kind', width: 100 },
                    { title: lt('lists.col.agency'), dataIndex: 'agencyName' },
                    { title: lt('catalogue.proofs'), render: (_v, a) => a.proofs.join('、') },
                    ...(edits
                      ? [
                          {
                            title: '',
                            width: 80,
                            render: (_v: unknown, a: AdministrativeMatter) => (
                              <Button size="small" onClick={() => setEditingAdministrative(a)}>
                                {language === 'zh' ? '修改' : 'Edit'}
                              </Button>
                            ),
                          },
                        ]
                      : []),
                  ]}
                />
              </>
            ),
          },
        ]}
      />
      <AdministrativeMatterForm
        open={editingAdministrative !== null}
        district={district}
        matter={editingAdministrative === 'new' ? null : editingAdministrative}
        certificationMatters={catalogue.data?.certificationMatters ?? []}
        onClose={(saved) => {
          setEditingAdministrative(null);
          if (saved) void catalogue.reload();
        }}
      />
      <MatterForm
        open={editing !== null}
        district={district}
        matter={editing === 'new' ? null : editing}
        onClose={(saved) => {
          setEditing(null);
          if (saved) {
            void catalogue.reload();
            void dashboard.reload();
          }
        }}
      />
    </Card>
  );
}

export function CataloguePage() {
  return <WithStaffDistrict>{(district) => <Catalogue staff={district} />}</WithStaffDistrict>;
}
