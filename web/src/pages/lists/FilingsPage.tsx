import { App, Button, Card, Space, Table, Tag } from 'antd';
import type { Answer } from '../../api/answers.ts';
import { actOnFiling, useListFilings } from '../../api/lists.ts';
import { DueDate } from '../../components/DueDate.tsx';
import { formatDate } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { useListTexts } from './texts.ts';

type Filing = Answer<'/api/list-filings'>[number];

const stateColour = (f: Filing) =>
  f.overdue ? 'red' : f.state === 'received' ? 'green' : f.state === 'submitted' ? 'blue' : 'orange';

/** LIST-7: filings sent and received level by level up to the province, with due dates and overdue flags. */
export function FilingsPage() {
  const { lt, language } = useListTexts();
  const { message } = App.useApp();
  const filings = useListFilings();
  const act = async (filing: Filing, action: 'submit' | 'receive') => {
    try {
      await actOnFiling(filing.id, action, { revision: filing.revision });
      void message.success(language === 'zh' ? '已办理' : 'Done');
    } catch (error) {
      void message.error(applyServerError(null, error, language));
    }
    await filings.reload();
  };
  return (
    <Card title={<PageTitle>{lt('filing.title')}</PageTitle>}>
      <Table<Filing>
        rowKey="id"
        size="small"
        loading={filings.loading}
        dataSource={filings.data ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: lt('filing.list'), render: (_v, f) => `${f.listTitle}` },
          {
            title: lt('filing.version'),
            render: (_v, f) =>
              language === 'zh'
                ? `第 ${f.versionNo} 版（${formatDate(f.publishedOn, language)}）`
                : `v${f.versionNo} (${formatDate(f.publishedOn, language)})`,
          },
          {
            title: lt('filing.route'),
            render: (_v, f) => `${lt('filing.hop', { n: f.hop })}：${f.fromName} → ${f.toName}`,
          },
          {
            title: lt('filing.due'),
            dataIndex: 'dueDate',
            width: 150,
            render: (date: string, f) => <DueDate date={date} warnings={f.dueWarnings} />,
          },
          {
            title: lt('filing.state'),
            render: (_v, f) => (
              <Space size={4} wrap>
                <Tag color={stateColour(f)}>{language === 'zh' ? f.stateLabel : f.stateLabelEn}</Tag>
                {f.late && <Tag color="volcano">{lt('filing.late')}</Tag>}
              </Space>
            ),
          },
          {
            title: lt('filing.sent'),
            render: (_v, f) =>
              f.submittedAt ? `${formatDate(f.submittedAt, language)} ${f.submittedBy ?? ''}` : '',
          },
          {
            title: lt('filing.received'),
            render: (_v, f) =>
              f.receivedAt ? `${formatDate(f.receivedAt, language)} ${f.receivedBy ?? ''}` : '',
          },
          {
            title: '',
            render: (_v, f) => (
              <Space>
                {f.allowedActions.includes('submit') && (
                  <Button size="small" type="primary" onClick={() => act(f, 'submit')}>
                    {lt('filing.submit')}
                  </Button>
                )}
                {f.allowedActions.includes('receive') && (
                  <Button size="small" type="primary" onClick={() => act(f, 'receive')}>
                    {lt('filing.receive')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
