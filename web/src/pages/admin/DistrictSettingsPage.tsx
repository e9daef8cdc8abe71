import { leadUnitRoles } from '@common/district-settings-rules.ts';
import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import type { Answer } from '../../api/answers.ts';
import {
  updateDistrictSettings,
  useAgencies,
  useDistrictSettings,
  useServedDistricts,
} from '../../api/organisation.ts';
import { type PortalTextKey, usePortalTexts } from '../../layout/portal-texts.ts';
import { useAuth } from '../../lib/auth.tsx';
import { applyServerError } from '../../lib/form-errors.ts';
import { useT } from '../../lib/i18n.ts';
import { PageTitle } from './PageTitle.tsx';

type Settings = Answer<'/api/districts/{code}/settings'>;
type Site = NonNullable<Settings['site']>;

/** The site's foot, field by field, as the public footer labels them. */
const siteFields: [keyof Site, PortalTextKey][] = [
  ['sponsor', 'footer.sponsor'],
  ['organiser', 'footer.organiser'],
  ['address', 'footer.address'],
  ['phone', 'footer.phone'],
  ['hotline', 'footer.hotline'],
  ['siteCode', 'footer.siteCode'],
  ['icpRecord', 'footer.icpRecord'],
  ['policeRecord', 'footer.policeRecord'],
  ['errorReportUrl', 'footer.reportUrl'],
];

/** ORG-3: what differs between districts is data, edited here. */
export function DistrictSettingsPage() {
  const { t, language } = useT();
  const { pt } = usePortalTexts();
  const { me } = useAuth();
  const { message } = App.useApp();
  const served = useServedDistricts();
  const [district, setDistrict] = useState(me?.district.code ?? '');
  const isDistrict = /^\d{4}(?!00)\d{2}$/.test(district);
  const settings = useDistrictSettings(district, { enabled: isDistrict });
  const agencies = useAgencies(district, { enabled: isDistrict });
  const [form] = Form.useForm();
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);
  const save = async (values: Omit<Settings, 'districtCode' | 'version'>) => {
    try {
      const leadUnits = Object.fromEntries(Object.entries(values.leadUnits ?? {}).filter(([, id]) => id));
      // A foot never entered stays unset until something is typed into it.
      const entered = Object.values(values.site ?? {}).some((v) => v?.trim());
      const site = entered
        ? (Object.fromEntries(siteFields.map(([field]) => [field, values.site?.[field] ?? ''])) as Site)
        : undefined;
      await updateDistrictSettings(district, {
        ...values,
        site,
        leadUnits,
        version: settings.data?.version as number,
      });
      await settings.reload();
      void message.success(t('common.saved'));
    } catch (error) {
      void message.error(applyServerError(form, error, language));
    }
  };
  const number = (name: keyof Settings, label: Parameters<typeof t>[0], min: number) => (
    <Form.Item label={t(label)} name={name} rules={[{ required: true, message: t('common.required') }]}>
      <InputNumber min={min} max={60} precision={0} style={{ width: 160 }} />
    </Form.Item>
  );
  return (
    <Card
      title={<PageTitle>{t('settings.title')}</PageTitle>}
      extra={
        <Select
          aria-label={t('common.district')}
          value={isDistrict ? district : undefined}
          placeholder={t('common.district')}
          style={{ width: 200 }}
          onChange={setDistrict}
          options={(served.data ?? []).map((d) => ({ value: d.code, label: d.name }))}
        />
      }
    >
      {settings.error ? (
        <Alert type="error" showIcon message={applyServerError(null, settings.error, language)} />
      ) : null}
      {settings.data && (
        <Form form={form} layout="vertical" onFinish={save} name="settings" style={{ maxWidth: 640 }}>
          {number('filingDeadlineWorkingDays', 'settings.filing', 1)}
          {number('textPublicationDeadlineWorkingDays', 'settings.publication', 1)}
          {number('reminderLeadWorkingDays', 'settings.lead', 0)}
          <Form.Item label={t('settings.towns')} name="townsAdjustLists" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item label={t('settings.platforms')} name="creditPlatforms">
            <Select mode="tags" open={false} aria-label={t('settings.platforms')} />
          </Form.Item>
          <fieldset style={{ border: 'none', padding: 0 }}>
            <legend style={{ fontWeight: 600, marginBottom: 8 }}>{t('settings.leadUnits')}</legend>
            {Object.entries(leadUnitRoles).map(([role, label]) => (
              <Form.Item key={role} label={label[language]} name={['leadUnits', role]}>
                <Select
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
                />
              </Form.Item>
            ))}
          </fieldset>
          <fieldset style={{ border: 'none', padding: 0 }}>
            <legend style={{ fontWeight: 600, marginBottom: 8 }}>{pt('settings.site')}</legend>
            <Alert type="info" showIcon title={pt('settings.siteHelp')} style={{ marginBottom: 12 }} />
            {siteFields.map(([field, label]) => (
              <Form.Item key={field} label={pt(label)} name={['site', field]}>
                <Input maxLength={field === 'errorReportUrl' ? 300 : 120} />
              </Form.Item>
            ))}
          </fieldset>
          <Button type="primary" htmlType="submit">
            {t('common.save')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
