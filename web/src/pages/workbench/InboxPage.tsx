import {
  type NotificationTopic,
  notificationTopicLabels,
  notificationTopics,
} from '@common/notification-topics.ts';
import { App, Button, Card, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { markAllRead, markRead, useInbox } from '../../api/inbox.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { useT } from '../../lib/i18n.ts';

type Shown = NotificationTopic | 'all';

/** CASE-7/GOV-4: my messages, each tagged by what happened, filtered by topic, read one by one or all. */
export function InboxPage() {
  const { t, language } = useT();
  const { message } = App.useApp();
  const [topic, setTopic] = useState<Shown>('all');
  const inbox = useInbox(100, topic === 'all' ? undefined : topic);
  const unread = inbox.data?.unread ?? 0;
  const act = async (change: () => Promise<unknown>) => {
    try {
      await change();
    } catch (e) {
      void message.error(applyServerError(null, e, language));
    }
    await inbox.reload();
  };
  return (
    <Card
      title={
        <Typography.Title level={1} style={{ fontSize: '1.3em', margin: 0 }}>
          {t('inbox.title')}
        </Typography.Title>
      }
      extra={
        <Space>
          <span data-testid="inbox-unread">{t('inbox.unread', { n: unread })}</span>
          <Button disabled={unread === 0} onClick={() => act(markAllRead)}>
            {t('inbox.markAllRead')}
          </Button>
        </Space>
      }
    >
      <Segmented<Shown>
        aria-label={t('inbox.topic')}
        value={topic}
        onChange={setTopic}
        style={{ marginBottom: 12, flexWrap: 'wrap' }}
        options={[
          { value: 'all', label: t('inbox.allTopics') },
          ...notificationTopics.map((value) => ({ value, label: notificationTopicLabels[value][language] })),
        ]}
      />
      <List
        loading={inbox.loading}
        dataSource={inbox.data?.items ?? []}
        locale={{ emptyText: t('wb.noMessages') }}
        renderItem={(n) => {
          const topicLabel = notificationTopicLabels[n.topic];
          return (
            <List.Item
              data-testid="inbox-item"
              actions={[
                n.link ? (
                  <Link key="open" to={n.link} onClick={() => (n.readAt ? undefined : void markRead(n.id))}>
                    {t('inbox.open')}
                  </Link>
                ) : null,
                n.readAt ? (
                  <Typography.Text key="read" type="secondary">
                    {t('inbox.read')}
                  </Typography.Text>
                ) : (
                  <Button key="mark" size="small" onClick={() => act(() => markRead(n.id))}>
                    {t('inbox.markRead')}
                  </Button>
                ),
              ]}
            >
              <List.Item.Meta
                title={
                  <span style={{ fontWeight: n.readAt ? 400 : 600 }}>
                    <Tag color={topicLabel.colour} data-testid="inbox-topic">
                      {topicLabel[language]}
                    </Tag>
                    {language === 'zh' ? n.title : n.titleEn}
                  </span>
                }
                description={
                  <>
                    {language === 'zh' ? n.body : n.bodyEn}
                    <br />
                    <Typography.Text type="secondary">
                      {formatDateTime(n.createdAt, language)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
