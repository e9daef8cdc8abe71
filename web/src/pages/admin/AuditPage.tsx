import { auditActionWords } from '@common/audit-sentences.ts';
import { Alert, Button, Card, Descriptions, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Answer } from '../../api/answers.ts';
import { fetchAuditEntries, verifyAuditChain } from '../../api/audit.ts';
import { useServedDistricts } from '../../api/organisation.ts';
import { useAuth } from '../../lib/auth.tsx';
import { applyServerError } from '../../lib/form-errors.ts';
import { useT } from '../../lib/i18n.ts';
import { PageTitle } from './PageTitle.tsx';

type Entry = Answer<'/api/audit/entries'>[number];
type ChainReport = Answer<'/api/audit/verification'>[number];

const PAGE = 50;

/** The stored entry behind a sentence: codes, ids, check values and the raw before/after. */
function TechnicalDetails({ entry }: { entry: Entry }) {
  const { t } = useT();
  const code = (value: string | null) => <Typography.Text code>{value ?? '—'}</Typography.Text>;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      title={t('audit.detailsOf', { seq: entry.seq })}
      items={[
        { key: 'action', label: t('audit.tech.action'), children: code(entry.action) },
        {
          key: 'entity',
          label: t('audit.tech.entity'),
          children: (
            <>
              {code(entry.entityType)} {code(entry.entityId)}
            </>
          ),
        },
        {
          key: 'actor',
          label: t('audit.tech.actor'),
          children: (
            <>
              {code(entry.actorName)} {code(entry.actorId)}
            </>
          ),
        },
        {
          key: 'request',
          label: t('audit.tech.request'),
          children: (
            <>
              {code(entry.ip)} {code(entry.requestId)}
            </>
          ),
        },
        { key: 'hash', label: t('audit.tech.hash'), children: code(entry.hash) },
        { key: 'prev', label: t('audit.tech.prevHash'), children: code(entry.prevHash) },
        {
          key: 'change',
          label: t('audit.tech.change'),
          children: (
            <pre style={{ whiteSpace: 'pre-wrap', fontSize: 12, margin: 0 }}>
              {JSON.stringify({ before: entry.before, after: entry.after }, null, 2)}
            </pre>
          ),
        },
      ]}
    />
  );
}

/**
 * GOV-5: browse a chain as sentences people read (when, who, what, which object), filter it by the
 * kind of action, and verify its hashes; a broken link is named by its sequence number. The stored
 * data of each entry is one click away, under 技术详情, collapsed by default.
 */
export function AuditPage() {
  const { t, language } = useT();
  const { me } = useAuth();
  const served = useServedDistricts();
  const [chain, setChain] = useState(me?.district.code === '370000' ? '370000' : (me?.district.code ?? ''));
  const [action, setAction] = useState<string | undefined>(undefined);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [opened, setOpened] = useState<readonly number[]>([]);
  const [reports, setReports] = useState<ChainReport[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async (beforeSeq?: number) => {
    try {
      const page = await fetchAuditEntries({
        chain,
        limit: PAGE,
        ...(beforeSeq ? { beforeSeq } : {}),
        ...(action ? { action } : {}),
      });
      setEntries((current) => (beforeSeq ? [...current, ...page] : page));
      setError(null);
    } catch (e) {
      setError(applyServerError(null, e, language));
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the chain or the filter changes only
  useEffect(() => {
    setReports(null);
    setOpened([]);
    void load();
  }, [chain, action]);
  const chainName = (code: string) =>
    code === '370000' ? t('audit.platformChain') : (served.data?.find((d) => d.code === code)?.name ?? code);
  const chains = [
    ...(me?.jurisdiction.code === '370000' ? ['370000'] : []),
    ...(served.data ?? []).map((d) => d.code),
  ];
  const actionOptions = Object.entries(auditActionWords)
    .map(([value, words]) => ({ value, label: words.label[language] }))
    .sort((a, b) => a.label.localeCompare(b.label, language === 'zh' ? 'zh-CN' : 'en'));
  return (
    <Card
      title={<PageTitle>{t('audit.title')}</PageTitle>}
      extra={
        <Space wrap>
          <Select
            aria-label={t('audit.chain')}
            style={{ width: 160 }}
            value={chain}
            onChange={setChain}
            options={chains.map((c) => ({ value: c, label: chainName(c) }))}
          />
          <Select
            aria-label={t('audit.action')}
            style={{ width: 220 }}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.allActions')}
            value={action}
            onChange={(value?: string) => setAction(value)}
            options={actionOptions}
          />
          <Button
            type="primary"
            onClick={async () => {
              try {
                setReports(await verifyAuditChain(chain));
              } catch (e) {
                setError(applyServerError(null, e, language));
              }
            }}
          >
            {t('audit.verify')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('audit.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {reports?.map((r) =>
        r.firstBreak ? (
          <Alert
            key={r.chain}
            type="error"
            showIcon
            role="alert"
            data-testid="audit-report"
            title={t('audit.broken', {
              chain: chainName(r.chain),
              seq: r.firstBreak.seq,
              id: r.firstBreak.entryId,
              reason: r.firstBreak.reason,
            })}
          />
        ) : (
          <Alert
            key={r.chain}
            type="success"
            showIcon
            data-testid="audit-report"
            title={t('audit.intact', { chain: chainName(r.chain), n: r.entries })}
          />
        ),
      )}
      <Table<Entry>
        style={{ marginTop: 12 }}
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={entries}
        data-testid="audit-entries"
        expandable={{
          expandedRowKeys: opened,
          onExpandedRowsChange: (keys) => setOpened(keys as number[]),
          expandedRowRender: (e) => <TechnicalDetails entry={e} />,
          expandIconColumnIndex: 2,
          columnTitle: t('audit.details'),
          columnWidth: 110,
          expandIcon: ({ expanded, onExpand, record }) => (
            <Button
              type="link"
              size="small"
              aria-expanded={expanded}
              aria-label={t('audit.detailsOf', { seq: record.seq })}
              onClick={(event) => onExpand(record, event)}
            >
              {t('audit.details')}
            </Button>
          ),
        }}
        columns={[
          { title: t('audit.seq'), dataIndex: 'seq', width: 70 },
          {
            title: t('audit.entry'),
            key: 'sentence',
            render: (_, e) => <span data-testid="audit-sentence">{e.sentence[language]}</span>,
          },
        ]}
      />
      {entries.length > 0 && entries.length % PAGE === 0 && (
        <Button style={{ marginTop: 12 }} onClick={() => load(entries.at(-1)?.seq)}>
          {t('audit.more')}
        </Button>
      )}
    </Card>
  );
}
