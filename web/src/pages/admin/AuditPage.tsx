import { Alert, Button, Card, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Answer } from '../../api/answers.ts';
import { fetchAuditEntries, verifyAuditChain } from '../../api/audit.ts';
import { useServedDistricts } from '../../api/organisation.ts';
import { useAuth } from '../../lib/auth.tsx';
import { applyServerError } from '../../lib/form-errors.ts';
import { type MessageKey, useT } from '../../lib/i18n.ts';
import { zh } from '../../lib/messages.ts';
import { PageTitle } from './PageTitle.tsx';

type Entry = Answer<'/api/audit/entries'>[number];
type ChainReport = Answer<'/api/audit/verification'>[number];

const PAGE = 50;

/** GOV-5: browse a chain and verify it; a broken link is named by its sequence number. */
export function AuditPage() {
  const { t, language } = useT();
  const { me } = useAuth();
  const served = useServedDistricts();
  const [chain, setChain] = useState(me?.district.code === '370000' ? '370000' : (me?.district.code ?? ''));
  const [entries, setEntries] = useState<Entry[]>([]);
  const [reports, setReports] = useState<ChainReport[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async (beforeSeq?: number) => {
    try {
      const page = await fetchAuditEntries({ chain, limit: PAGE, ...(beforeSeq ? { beforeSeq } : {}) });
      setEntries((current) => (beforeSeq ? [...current, ...page] : page));
      setError(null);
    } catch (e) {
      setError(applyServerError(null, e, language));
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the chain changes only
  useEffect(() => {
    setReports(null);
    void load();
  }, [chain]);
  const chainName = (code: string) =>
    code === '370000' ? t('audit.platformChain') : (served.data?.find((d) => d.code === code)?.name ?? code);
  const chains = [
    ...(me?.jurisdiction.code === '370000' ? ['370000'] : []),
    ...(served.data ?? []).map((d) => d.code),
  ];
  return (
    <Card
      title={<PageTitle>{t('audit.title')}</PageTitle>}
      extra={
        <Space>
          <Select
            aria-label={t('audit.chain')}
            style={{ width: 180 }}
            value={chain}
            onChange={setChain}
            options={chains.map((c) => ({ value: c, label: chainName(c) }))}
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
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {reports?.map((r) =>
        r.firstBreak ? (
          <Alert
            key={r.chain}
            type="error"
            showIcon
            role="alert"
            data-testid="audit-report"
            message={t('audit.broken', {
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
            message={t('audit.intact', { chain: chainName(r.chain), n: r.entries })}
          />
        ),
      )}
      <Table<Entry>
        style={{ marginTop: 12 }}
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={entries}
        expandable={{
          expandedRowRender: (e) => (
            <Typography.Paragraph>
              <pre style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>
                {JSON.stringify({ before: e.before, after: e.after, hash: e.hash }, null, 2)}
              </pre>
            </Typography.Paragraph>
          ),
        }}
        columns={[
          { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
          {
            title: t('audit.time'),
            dataIndex: 'occurredAt',
            render: (v: string) =>
              new Date(v).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', {
                timeZone: 'Asia/Shanghai',
              }),
          },
          { title: t('audit.actor'), render: (_, e) => `${e.actorName}（${e.actorRole}）` },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            render: (action: string) => {
              const key = `audit.action.${action}` as MessageKey;
              return key in zh ? <span title={action}>{t(key)}</span> : action;
            },
          },
          { title: t('audit.entity'), render: (_, e) => `${e.entityType} ${e.entityId}` },
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
