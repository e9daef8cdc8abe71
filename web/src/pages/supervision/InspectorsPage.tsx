import { type ConflictKind, conflictKindLabels } from '@common/inspection-plan-states.ts';
import { Alert, App, Button, Card, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useAgencies } from '../../api/organisation.ts';
import { useInspectors, withdrawConflict } from '../../api/supervision.ts';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { DistrictPicker, type StaffDistrict, WithStaffDistrict } from '../../lib/staff-district.tsx';
import { PageTitle } from '../admin/PageTitle.tsx';
import { ConflictModal, ImportModal, InspectorModal } from './InspectorModals.tsx';
import type { Conflict, Inspector } from './model.ts';
import { useSupervisionTexts } from './texts.ts';
import { useSupervisionChange } from './useSupervisionChange.ts';
import '../cases/cases.css';
import './supervision.css';

/**
 * SUP-1: the district's inspector pools (执法人员库) the draws choose from: each agency keeps its own
 * (a district admin keeps every agency's), with the conflicts its inspectors declared (回避), which
 * keep them from inspecting that company or person. Others' pools are read-only here.
 */
function Inspectors({ staff }: { staff: StaffDistrict }) {
  const { st, language } = useSupervisionTexts();
  const { me } = useAuth();
  const { modal } = App.useApp();
  const district = staff.code;
  const inspectors = useInspectors(district);
  const keeps = me!.permissions.includes('supervision.inspectors');
  const admin = me!.role === 'admin';
  const agencies = useAgencies(district, { enabled: keeps && admin });
  const [agencyFilter, setAgencyFilter] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Inspector | 'new' | null>(null);
  const [declaring, setDeclaring] = useState<Inspector | null>(null);
  const [importing, setImporting] = useState(false);
  const change = useSupervisionChange(inspectors.reload);

  const all = inspectors.data ?? [];
  // The pools this user keeps: an admin every agency of the district, anyone else their own agency's.
  const kept = admin
    ? (agencies.data ?? [])
        .filter((a) => a.districtCode === district && a.active)
        .map((a) => ({ id: a.id, name: a.name }))
    : me!.agency
      ? [me!.agency]
      : [];
  const agencyOptions = [...new Map(all.map((i) => [i.agencyId, i.agencyName])).entries()].map(
    ([value, label]) => ({ value, label }),
  );
  const fieldOptions = [...new Set(all.flatMap((i) => i.fields))].sort();
  const needle = search.trim().toLowerCase();
  // The pools this user keeps come first; the server's order (agency, name) stays within each part.
  const shown = [...all.filter((i) => i.editable), ...all.filter((i) => !i.editable)].filter(
    (i) =>
      (!agencyFilter || i.agencyId === agencyFilter) &&
      (!needle || i.name.toLowerCase().includes(needle) || i.certificateNo.toLowerCase().includes(needle)),
  );
  const active = shown.filter((i) => i.active).length;

  const withdraw = (inspector: Inspector, conflict: Conflict) =>
    modal.confirm({
      title: st('conflicts.withdrawTitle'),
      content: st('conflicts.withdrawConfirm', { name: inspector.name, party: conflict.partyName }),
      okText: st('conflicts.withdrawOk'),
      cancelText: st('common.back'),
      onOk: () =>
        change.send(() => withdrawConflict(inspector.id, conflict.id), null, st('conflicts.withdrawn')),
    });

  return (
    <div className="cn-case-page cn-case-detail" data-testid="inspectors-page">
      <Card
        className="cn-case-section"
        title={<PageTitle>{st('inspectors.title')}</PageTitle>}
        extra={
          <Space wrap>
            <DistrictPicker district={staff} />
            {keeps && kept.length > 0 && (
              <>
                <Button onClick={() => setImporting(true)}>{st('inspectors.import')}</Button>
                <Button type="primary" onClick={() => setEditing('new')}>
                  {st('inspectors.add')}
                </Button>
              </>
            )}
          </Space>
        }
      >
        <Typography.Paragraph type="secondary" className="cn-case-intro">
          {st(admin ? 'inspectors.introAdmin' : 'inspectors.intro')}
        </Typography.Paragraph>
        {inspectors.error ? (
          <Alert type="error" showIcon title={applyServerError(null, inspectors.error, language)} />
        ) : null}
        <div className="cn-case-toolbar">
          <Select<string>
            allowClear
            className="cn-sup-filter"
            aria-label={st('inspector.agency')}
            placeholder={st('inspectors.allAgencies')}
            value={agencyFilter ?? undefined}
            onChange={(v) => setAgencyFilter(v ?? null)}
            options={agencyOptions}
          />
          <Input.Search
            allowClear
            className="cn-case-search"
            aria-label={st('inspectors.search')}
            placeholder={st('inspectors.search')}
            onSearch={setSearch}
            onChange={(e) => setSearch(e.target.value)}
          />
          <span className="cn-case-muted" data-testid="inspectors-count">
            {st('inspectors.count', { total: shown.length, active })}
          </span>
        </div>
        <Table<Inspector>
          rowKey="id"
          size="small"
          loading={inspectors.loading}
          dataSource={shown}
          data-testid="inspectors"
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: true }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={st('inspectors.none')} />,
          }}
          expandable={{
            rowExpandable: (i) => i.conflicts.length > 0,
            expandedRowRender: (i) => <ConflictList inspector={i} onWithdraw={(c) => withdraw(i, c)} />,
          }}
          columns={[
            { title: st('inspector.name'), dataIndex: 'name', key: 'name', className: 'cn-case-nowrap' },
            {
              title: st('inspector.certificateNo'),
              dataIndex: 'certificateNo',
              key: 'certificateNo',
              className: 'cn-case-nowrap',
            },
            { title: st('inspector.agency'), dataIndex: 'agencyName', key: 'agency' },
            {
              title: st('inspector.fields'),
              key: 'fields',
              render: (_, i) => (
                <div className="cn-sup-tags">
                  {i.fields.map((f) => (
                    <Tag key={f}>{f}</Tag>
                  ))}
                </div>
              ),
            },
            {
              title: st('inspector.state'),
              key: 'state',
              render: (_, i) => (
                <Tag color={i.active ? 'green' : 'default'}>
                  {st(i.active ? 'inspector.active' : 'inspector.inactive')}
                </Tag>
              ),
            },
            {
              title: st('inspector.conflicts'),
              key: 'conflicts',
              className: 'cn-case-nowrap',
              render: (_, i) =>
                i.conflicts.length ? (
                  <Tag color="orange">{st('inspector.conflictCount', { n: i.conflicts.length })}</Tag>
                ) : (
                  <span className="cn-case-muted">{st('inspector.noConflicts')}</span>
                ),
            },
            {
              title: st('common.actions'),
              key: 'actions',
              render: (_, i) =>
                i.editable ? (
                  <Space size={4} wrap>
                    <Button
                      size="small"
                      onClick={() => setEditing(i)}
                      aria-label={st('inspectors.editFor', { name: i.name })}
                    >
                      {st('inspectors.edit')}
                    </Button>
                    <Button
                      size="small"
                      onClick={() => setDeclaring(i)}
                      aria-label={st('conflicts.declareFor', { name: i.name })}
                    >
                      {st('conflicts.declare')}
                    </Button>
                  </Space>
                ) : (
                  <span className="cn-case-muted">{st('inspectors.otherPool')}</span>
                ),
            },
          ]}
        />
      </Card>
      <InspectorModal
        open={editing !== null}
        district={district}
        inspector={editing === 'new' ? null : editing}
        agencies={kept}
        fieldOptions={fieldOptions}
        onClose={() => setEditing(null)}
      />
      <ConflictModal inspector={declaring} onClose={() => setDeclaring(null)} />
      <ImportModal open={importing} district={district} onClose={() => setImporting(false)} />
    </div>
  );
}

/** The conflicts an inspector declared; the keeper of the pool may withdraw one. */
function ConflictList({
  inspector,
  onWithdraw,
}: {
  inspector: Inspector;
  onWithdraw: (conflict: Conflict) => void;
}) {
  const { st, language } = useSupervisionTexts();
  return (
    <Table<Conflict>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={inspector.conflicts}
      data-testid="conflicts"
      scroll={{ x: true }}
      columns={[
        {
          title: st('conflict.kind'),
          key: 'kind',
          render: (_, c) => conflictKindLabels[c.kind as ConflictKind]?.[language] ?? c.kind,
        },
        { title: st('conflict.partyName'), dataIndex: 'partyName', key: 'name' },
        {
          title: st('conflict.partyIdentifier'),
          dataIndex: 'partyIdentifier',
          key: 'identifier',
          className: 'cn-case-nowrap',
        },
        { title: st('conflict.note'), key: 'note', render: (_, c) => c.note || '—' },
        {
          title: st('conflict.declaredAt'),
          key: 'declaredAt',
          className: 'cn-case-nowrap',
          render: (_, c) => formatDate(c.declaredAt, language),
        },
        ...(inspector.editable
          ? [
              {
                title: st('common.actions'),
                key: 'actions',
                render: (_: unknown, c: Conflict) => (
                  <Button
                    size="small"
                    onClick={() => onWithdraw(c)}
                    aria-label={st('conflicts.withdrawFor', { party: c.partyName })}
                  >
                    {st('conflicts.withdraw')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

export function InspectorsPage() {
  return <WithStaffDistrict>{(district) => <Inspectors staff={district} />}</WithStaffDistrict>;
}
