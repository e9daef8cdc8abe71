import { Button, Card, List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { markRead, useInbox } from '../../api/inbox.ts';
import { useT } from '../../lib/i18n.ts';

const kindColor = { reminder: 'orange', overdue: 'red', info: 'blue' } as const;

export function InboxPage() {
  const { t, language } = useT();
  const inbox = useInbox(100);
  return (
    <Card
      title={
        <Typography.Title level={1} style={{ fontSize: '1.3em', margin: 0 }}>
          {t('inbox.title')}
        </Typography.Title>
      }
      extra={t('inbox.unread', { n: inbox.data?.unread ?? 0 })}
    >
      <List
        loading={inbox.loading}
        dataSource={inbox.data?.items ?? []}
        locale={{ emptyText: t('wb.noMessages') }}
        renderItem={(n) => (
          <List.Item
            actions={[
              n.link ? (
                <Link key="open" to={n.link}>
                  {t('inbox.open')}
                </Link>
              ) : null,
              n.readAt ? (
                <Typography.Text key="read" type="secondary">
                  {t('inbox.read')}
                </Typography.Text>
              ) : (
                <Button
                  key="mark"
                  size="small"
                  onClick={async () => {
                    await markRead(n.id);
                    await inbox.reload();
                  }}
                >
                  {t('inbox.markRead')}
                </Button>
              ),
            ]}
          >
            <List.Item.Meta
              title={
                <span style={{ fontWeight: n.readAt ? 400 : 600 }}>
                  <Tag color={kindColor[n.kind]}>
                    {t(n.kind === 'overdue' ? 'deadlines.status.overdue' : 'menu.deadlines')}
                  </Tag>
                  {language === 'zh' ? n.title : n.titleEn}
                </span>
              }
              description={
                <>
                  {language === 'zh' ? n.body : n.bodyEn}
                  <br />
                  <Typography.Text type="secondary">
                    {new Date(n.createdAt).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', {
                      timeZone: 'Asia/Shanghai',
                    })}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
