import { Form, type FormInstance, Input, Radio } from 'antd';
import { useT } from '../../lib/i18n.ts';
import { identifierRule } from './identifier-rule.ts';

type Kind = 'person' | 'organisation';

/**
 * Who an account says it is: a person, or an organisation through its agent (registration, a new
 * claim). Registration asks the phone itself, with the code proving it (`phone={false}`).
 */
export function ClaimFields({ form, phone = true }: { form: FormInstance; phone?: boolean }) {
  const { t, language } = useT();
  const kind: Kind = Form.useWatch('kind', form) ?? 'person';
  const required = { required: true, message: t('common.required') };
  return (
    <>
      <Form.Item label={t('register.kind')} name="kind" rules={[required]}>
        <Radio.Group>
          <Radio value="person">{t('register.person')}</Radio>
          <Radio value="organisation">{t('register.organisation')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        label={t(kind === 'person' ? 'register.name' : 'register.orgName')}
        name="name"
        rules={[required]}
      >
        <Input autoComplete={kind === 'person' ? 'name' : 'organization'} />
      </Form.Item>
      <Form.Item
        label={t(kind === 'person' ? 'register.idNumber' : 'register.creditCode')}
        name="identifier"
        rules={[required, identifierRule(() => form.getFieldValue('kind'), language)]}
      >
        <Input maxLength={18} />
      </Form.Item>
      {kind === 'organisation' && (
        <>
          <Form.Item label={t('register.agentName')} name="agentName" rules={[required]}>
            <Input />
          </Form.Item>
          <Form.Item
            label={t('register.agentIdNumber')}
            name="agentIdNumber"
            rules={[required, identifierRule(() => 'person', language)]}
          >
            <Input maxLength={18} />
          </Form.Item>
        </>
      )}
      {phone && (
        <Form.Item
          label={t('register.phone')}
          name="phone"
          extra={t('register.phoneHelp')}
          rules={[{ pattern: /^1[3-9]\d{9}$/, message: t('register.phone') }]}
        >
          <Input autoComplete="tel" inputMode="tel" />
        </Form.Item>
      )}
    </>
  );
}
