import { notificationTopicLabels } from '@common/notification-topics.ts';
import { Alert, Card, Col, Descriptions, List, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useDeadlines, useInbox } from '../../api/inbox.ts';
import { useAuth } from '../../lib/auth.tsx';
import { useT } from '../../lib/i18n.ts';
import { navigationFor } from '../../lib/navigation.ts';
import { DistrictsOverview } from '../oversight/DistrictsOverview.tsx';
import { DeadlineTable } from './DeadlineTable.tsx';

/** Each role lands here: who they are, what they answer for, what is due, what is new. */
export function WorkbenchHome() {
  const { t, language } = useT();
  const { me } = useAuth();
  const deadlines = useDeadlines();
  const inbox = useInbox(5);
  if (!me) return null;
  // A city's or the province's overseers land on the districts below them (GOV-2, LIST-7, DOC-5).
  const oversees =
    me.permissions.includes('oversight.read') &&
    (me.jurisdiction.level === 'city' || me.jurisdiction.level === 'province');
  const shortcuts = navigationFor(me).filter((item) => !['home', 'account'].includes(item.key));
  return (
    <div data-testid={`workbench-${me.role}`}>
      <Typography.Title level={1} style={{ fontSize: '1.6em', marginTop: 0 }}>
        {t('wb.greeting', { name: me.displayName })}
      </Typography.Title>
      {me.role === 'applicant' && !me.party && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="identity-pending"
          message={<Link to="/workbench/identity">{t('wb.identityPending')}</Link>}
        />
      )}
      {me.mustChangePassword && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={<Link to="/workbench/account">{t('wb.changePasswordFirst')}</Link>}
        />
      )}
      {oversees && <DistrictsOverview />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t(`role.${me.role}`)}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('wb.scope')}>
                {[me.agency?.name, me.jurisdiction.name].filter(Boolean).join(' · ')}
              </Descriptions.Item>
              {me.party && (
                <Descriptions.Item
                  label={t(me.party.kind === 'person' ? 'register.idNumber' : 'register.creditCode')}
                >
                  {me.party.name} · {me.party.identifier}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('wb.duty')}>{t(`duty.${me.role}`)}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('wb.quick')}>
            <List
              grid={{ gutter: 8, column: 2 }}
              dataSource={shortcuts}
              renderItem={(item) => (
                <List.Item>
                  <Link to={item.path}>{t(item.label)}</Link>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={t('wb.deadlines')}
            extra={<Link to="/workbench/deadlines">{t('menu.deadlines')}</Link>}
          >
            <DeadlineTable deadlines={deadlines.data ?? []} compact />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={t('wb.inbox')}
            extra={<Link to="/workbench/inbox">{t('inbox.unread', { n: inbox.data?.unread ?? 0 })}</Link>}
          >
            <List
              dataSource={inbox.data?.items ?? []}
              locale={{ emptyText: t('wb.noMessages') }}
              renderItem={(n) => (
                <List.Item>
                  <List.Item.Meta
                    title={
                      <>
                        <Tag color={notificationTopicLabels[n.topic].colour}>
                          {notificationTopicLabels[n.topic][language]}
                        </Tag>
                        {language === 'zh' ? n.title : n.titleEn}
                      </>
                    }
                    description={language === 'zh' ? n.body : n.bodyEn}
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
