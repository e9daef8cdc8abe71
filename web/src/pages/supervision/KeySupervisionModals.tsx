import { riskLevelLabels, riskLevels } from '@common/inspection-plan-states.ts';
import { DatePicker, Form, Input, Radio, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { assessItemRisk, liftKeySupervision, putUnderKeySupervision } from '../../api/supervision.ts';
import { shanghaiToday } from '../../lib/dates.ts';
import { FormModal } from './FormModal.tsx';
import { anyIdentifierRule, type ItemRisk, type KeySupervision } from './model.ts';
import { useSupervisionTexts } from './texts.ts';
import { useSupervisionChange } from './useSupervisionChange.ts';

interface KeyValues {
  subject: 'item' | 'party';
  itemKey?: string;
  partyIdentifier?: string;
  reason: string;
  period: [Dayjs, Dayjs];
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** SUP-2: an item of the list in force, or a company or person, put under key supervision for a time. */
export function PutUnderKeyModal({
  open,
  district,
  items,
  onClose,
}: {
  open: boolean;
  district: string;
  items: ItemRisk[];
  onClose: () => void;
}) {
  const { st, language } = useSupervisionTexts();
  const [form] = Form.useForm<KeyValues>();
  const change = useSupervisionChange();
  const subject = Form.useWatch('subject', form);
  const today = shanghaiToday();
  const save = async () => {
    const values = await form.validateFields();
    const ok = await change.send(
      () =>
        putUnderKeySupervision(district, {
          subject: values.subject,
          ...(values.subject === 'item'
            ? { itemKey: values.itemKey! }
            : { partyIdentifier: values.partyIdentifier!.trim() }),
          reason: values.reason.trim(),
          startsOn: day(values.period[0]),
          endsOn: day(values.period[1]),
        }),
      form,
      st('key.added'),
    );
    if (ok) onClose();
  };
  return (
    <FormModal
      open={open}
      title={st('key.addTitle')}
      okText={st('key.addOk')}
      busy={change.busy}
      onSave={save}
      onCancel={onClose}
      width={640}
    >
      <Form<KeyValues>
        form={form}
        layout="vertical"
        name="key-supervision"
        preserve={false}
        initialValues={{ subject: 'item', period: [dayjs(today), dayjs(today).add(1, 'year')] }}
      >
        <p className="cn-case-muted">{st('key.addIntro')}</p>
        <Form.Item name="subject" label={st('key.subject')}>
          <Radio.Group className="cn-case-radios">
            <Radio value="item">{st('key.subject.item')}</Radio>
            <Radio value="party">{st('key.subject.party')}</Radio>
          </Radio.Group>
        </Form.Item>
        {subject === 'party' ? (
          <Form.Item
            name="partyIdentifier"
            label={st('key.partyIdentifier')}
            extra={st('key.partyHelp')}
            validateTrigger="onBlur"
            rules={[
              { required: true, whitespace: true, message: st('key.partyNeeded') },
              anyIdentifierRule(language),
            ]}
          >
            <Input maxLength={40} />
          </Form.Item>
        ) : (
          <Form.Item
            name="itemKey"
            label={st('key.item')}
            rules={[{ required: true, message: st('key.itemNeeded') }]}
          >
            <Select<string>
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={st('key.itemPlaceholder')}
              options={items.map((i) => ({ value: i.itemKey, label: `${i.itemName} · ${i.matter}` }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={st('key.reason')}
          rules={[{ required: true, whitespace: true, message: st('key.reasonNeeded') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} showCount />
        </Form.Item>
        <Form.Item
          name="period"
          label={st('key.period')}
          extra={st('key.periodHelp')}
          rules={[{ required: true, message: st('key.periodNeeded') }]}
        >
          <DatePicker.RangePicker
            allowClear={false}
            placeholder={[st('key.startsOn'), st('key.endsOn')]}
            disabledDate={(d) => day(d) < today}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** SUP-2: key supervision lifted before its end, with the reason (recorded). */
export function LiftKeyModal({ entry, onClose }: { entry: KeySupervision | null; onClose: () => void }) {
  const { st } = useSupervisionTexts();
  const [form] = Form.useForm<{ reason: string }>();
  const change = useSupervisionChange();
  const save = async () => {
    if (!entry) return;
    const values = await form.validateFields();
    const ok = await change.send(
      () => liftKeySupervision(entry.id, values.reason.trim()),
      form,
      st('key.liftedDone'),
    );
    if (ok) onClose();
  };
  return (
    <FormModal
      open={entry !== null}
      title={st('key.liftTitle', { name: entry?.subjectName ?? '' })}
      okText={st('key.liftOk')}
      busy={change.busy}
      onSave={save}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" name="lift-key-supervision" preserve={false}>
        <p className="cn-case-muted">{st('key.liftIntro')}</p>
        <Form.Item
          name="reason"
          label={st('key.liftReason')}
          rules={[{ required: true, whitespace: true, message: st('key.liftReasonNeeded') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

interface RiskValues {
  level: ItemRisk['level'];
  basis: string;
  insuranceRequired: boolean;
}

/** GOV-3: an item's risk level with its basis; plans draw each level at its own rate. */
export function AssessRiskModal({
  district,
  item,
  onClose,
}: {
  district: string;
  item: ItemRisk | null;
  onClose: () => void;
}) {
  const { st, language } = useSupervisionTexts();
  const [form] = Form.useForm<RiskValues>();
  const change = useSupervisionChange();
  const save = async () => {
    if (!item) return;
    const values = await form.validateFields();
    const ok = await change.send(
      () =>
        assessItemRisk(district, item.itemKey, {
          level: values.level,
          basis: values.basis.trim(),
          insuranceRequired: values.insuranceRequired,
        }),
      form,
      st('risk.assessed'),
    );
    if (ok) onClose();
  };
  return (
    <FormModal
      open={item !== null}
      title={st('risk.assessTitle', { name: item?.itemName ?? '' })}
      okText={st('common.save')}
      busy={change.busy}
      onSave={save}
      onCancel={onClose}
    >
      {item && (
        <Form<RiskValues>
          form={form}
          layout="vertical"
          name="item-risk"
          preserve={false}
          initialValues={{ level: item.level, basis: item.basis, insuranceRequired: item.insuranceRequired }}
        >
          <p className="cn-case-muted">
            {item.matter} · {item.handlingAgency}
          </p>
          <Form.Item
            name="level"
            label={st('risk.level')}
            rules={[{ required: true, message: st('risk.levelNeeded') }]}
          >
            <Radio.Group className="cn-case-radios">
              {riskLevels.map((level) => (
                <Radio key={level} value={level}>
                  {riskLevelLabels[level][language]}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="basis"
            label={st('risk.basis')}
            extra={st('risk.basisHelp')}
            rules={[{ required: true, whitespace: true, message: st('risk.basisNeeded') }]}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} showCount />
          </Form.Item>
          <Form.Item
            name="insuranceRequired"
            label={st('risk.insurance')}
            valuePropName="checked"
            extra={st('risk.insuranceHelp')}
          >
            <Switch checkedChildren={st('common.yes')} unCheckedChildren={st('common.no')} />
          </Form.Item>
        </Form>
      )}
    </FormModal>
  );
}
