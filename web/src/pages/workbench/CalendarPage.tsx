import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Table,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Answer, Body } from '../../api/answers.ts';
import {
  addWorkingDays,
  enterYearSchedule,
  overrideDay,
  removeDayOverride,
  useCalendar,
} from '../../api/calendar.ts';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { useT } from '../../lib/i18n.ts';
import { PageTitle } from '../admin/PageTitle.tsx';

type WorkingDays = Answer<'/api/calendar/add-working-days'>;

/** The working-day calendar: which years are official, a calculator, and the platform admin's entries. */
export function CalendarPage() {
  const { t, language } = useT();
  const { me } = useAuth();
  const { message } = App.useApp();
  const status = useCalendar();
  const [result, setResult] = useState<({ n: number } & WorkingDays) | null>(null);
  const [dayForm] = Form.useForm();
  const [scheduleForm] = Form.useForm();
  const editable = Boolean(me?.platformAdmin);
  const s = status.data;
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card title={<PageTitle>{t('calendar.title')}</PageTitle>}>
          {s && <p>{t('calendar.package', s.packageYears)}</p>}
          {s &&
            (s.yearsNeedingSchedule.length > 0 ? (
              <Alert
                type="warning"
                showIcon
                data-testid="calendar-needs"
                message={t('calendar.needs', { years: s.yearsNeedingSchedule.join('、') })}
              />
            ) : (
              <Alert type="success" showIcon message={t('calendar.allKnown')} />
            ))}
          {!editable && <Alert style={{ marginTop: 12 }} type="info" message={t('calendar.onlyPlatform')} />}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('calendar.compute')}>
          <Form
            layout="inline"
            name="compute"
            onFinish={async ({ from, days }: { from: Dayjs; days: number }) => {
              try {
                const r = await addWorkingDays(from.format('YYYY-MM-DD'), days);
                setResult({ n: days, ...r });
              } catch (error) {
                void message.error(applyServerError(null, error, language));
              }
            }}
          >
            <Form.Item
              label={t('calendar.from')}
              name="from"
              rules={[{ required: true, message: t('common.required') }]}
            >
              <DatePicker />
            </Form.Item>
            <Form.Item
              label={t('calendar.days')}
              name="days"
              initialValue={7}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <InputNumber min={-366} max={366} precision={0} />
            </Form.Item>
            <Button htmlType="submit" type="primary">
              {t('calendar.compute')}
            </Button>
          </Form>
          {result && (
            <div style={{ marginTop: 16 }} role="status">
              <strong data-testid="calendar-result">
                {t('calendar.result', { n: result.n, date: formatDate(result.date, language) })}
              </strong>
              {result.warnings.map((w) => (
                <Alert
                  key={w.year}
                  style={{ marginTop: 8 }}
                  type="warning"
                  showIcon
                  message={language === 'zh' ? w.message : w.messageEn}
                />
              ))}
            </div>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('calendar.scheduled')}>
          <Table
            size="small"
            rowKey="year"
            pagination={false}
            dataSource={s?.scheduledYears ?? []}
            locale={{ emptyText: t('common.none') }}
            columns={[
              { title: t('calendar.date'), dataIndex: 'year' },
              { title: t('calendar.scheduleNote'), dataIndex: 'note' },
              { title: t('audit.actor'), dataIndex: 'enteredBy' },
            ]}
          />
          {editable && (
            <Form
              form={scheduleForm}
              layout="vertical"
              name="schedule"
              style={{ marginTop: 16 }}
              onFinish={async (values) => {
                try {
                  await enterYearSchedule(values);
                  scheduleForm.resetFields();
                  await status.reload();
                  void message.success(t('common.saved'));
                } catch (error) {
                  void message.error(applyServerError(scheduleForm, error, language));
                }
              }}
            >
              <Form.Item
                label={t('calendar.schedule')}
                name="text"
                extra={t('calendar.scheduleHelp')}
                rules={[{ required: true, message: t('common.required') }]}
              >
                <Input.TextArea rows={6} />
              </Form.Item>
              <Form.Item
                label={t('calendar.scheduleNote')}
                name="note"
                rules={[{ required: true, message: t('common.required') }]}
              >
                <Input />
              </Form.Item>
              <Button htmlType="submit">{t('common.save')}</Button>
            </Form>
          )}
        </Card>
      </Col>
      <Col span={24}>
        <Card title={t('calendar.overrides')}>
          {editable && (
            <Form
              form={dayForm}
              layout="inline"
              name="calendar-day"
              style={{ marginBottom: 16 }}
              onFinish={async ({
                date,
                kind,
                name,
              }: {
                date: Dayjs;
                kind: Body<'/api/calendar/days/{date}', 'put'>['kind'];
                name: string;
              }) => {
                try {
                  await overrideDay(date.format('YYYY-MM-DD'), { kind, name });
                  dayForm.resetFields();
                  await status.reload();
                } catch (error) {
                  void message.error(applyServerError(dayForm, error, language));
                }
              }}
            >
              <Form.Item
                label={t('calendar.date')}
                name="date"
                rules={[{ required: true, message: t('common.required') }]}
              >
                <DatePicker />
              </Form.Item>
              <Form.Item label={t('calendar.kind')} name="kind" initialValue="holiday">
                <Select
                  style={{ width: 180 }}
                  options={[
                    { value: 'holiday', label: t('calendar.holiday') },
                    { value: 'workday', label: t('calendar.workday') },
                  ]}
                />
              </Form.Item>
              <Form.Item
                label={t('calendar.dayName')}
                name="name"
                rules={[{ required: true, message: t('common.required') }]}
              >
                <Input maxLength={30} />
              </Form.Item>
              <Button htmlType="submit">{t('calendar.setDay')}</Button>
            </Form>
          )}
          <Table
            size="small"
            rowKey="date"
            dataSource={s?.entries ?? []}
            locale={{ emptyText: t('common.none') }}
            columns={[
              {
                title: t('calendar.date'),
                dataIndex: 'date',
                render: (day: string) => formatDate(day, language),
              },
              {
                title: t('calendar.kind'),
                dataIndex: 'kind',
                render: (k: string) => (
                  <Tag color={k === 'holiday' ? 'green' : 'orange'}>
                    {t(k === 'holiday' ? 'calendar.holiday' : 'calendar.workday')}
                  </Tag>
                ),
              },
              { title: t('calendar.dayName'), dataIndex: 'name' },
              {
                title: t('calendar.source'),
                dataIndex: 'source',
                render: (v: 'override' | 'year-schedule') => t(`calendar.source.${v}`),
              },
              ...(editable
                ? [
                    {
                      title: t('common.actions'),
                      render: (_: unknown, e: { date: string }) => (
                        <Popconfirm
                          title={t('calendar.clear')}
                          onConfirm={async () => {
                            await removeDayOverride(e.date);
                            await status.reload();
                          }}
                        >
                          <Button size="small">{t('calendar.clear')}</Button>
                        </Popconfirm>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
