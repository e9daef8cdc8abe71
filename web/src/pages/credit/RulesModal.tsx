import { App, Form, Input, InputNumber, Switch, Typography } from 'antd';
import type { Answer } from '../../api/answers.ts';
import { publishCreditRules } from '../../api/credit.ts';
import { FormModal } from '../supervision/FormModal.tsx';
import { useSupervisionChange } from '../supervision/useSupervisionChange.ts';
import { useOfficeTexts } from './office-texts.ts';

type Rulebook = Answer<'/api/credit/rules'>['current'];
type Category = Rulebook['categories'][number];
interface Edited {
  categories: Pick<Category, 'punishments' | 'durationMonths' | 'repairWaitingMonths'>[];
  repairDecisionWorkingDays: number;
  objectionReviewWorkingDays: number;
  reason: string;
}

/** The new version: the one in force with what the form changed. */
function nextRules({ version: _, ...current }: Rulebook, edited: Edited) {
  return {
    ...current,
    categories: current.categories.map((c, i) => {
      const e = edited.categories[i]!;
      return { ...c, ...e, punishments: { ...c.punishments, ...e.punishments } };
    }),
    repairDecisionWorkingDays: edited.repairDecisionWorkingDays,
    objectionReviewWorkingDays: edited.objectionReviewWorkingDays,
  };
}

/**
 * CRED-2: a new version of the rules, edited from the one in force — each category's punishments,
 * how long it counts and when repair opens, and the working days of decisions — with a required reason.
 */
export function RulesModal({
  current,
  open,
  onClose,
}: {
  current: Rulebook;
  open: boolean;
  onClose(): void;
}) {
  const { ot, language } = useOfficeTexts();
  const [form] = Form.useForm<Edited>();
  const change = useSupervisionChange();
  const { message } = App.useApp();
  const save = async () => {
    const edited = await form.validateFields();
    const answer = await change.send(
      () => publishCreditRules({ rules: nextRules(current, edited), reason: edited.reason.trim() }),
      form,
      null,
    );
    if (answer) {
      void message.success(ot('rules.published', { n: answer.version }));
      onClose();
    }
  };
  const months = (name: (string | number)[], label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true }]}>
      <InputNumber min={0} max={120} precision={0} addonAfter={ot('rules.months')} />
    </Form.Item>
  );
  return (
    <FormModal
      open={open}
      width={900}
      title={ot('rules.publishTitle')}
      okText={ot('rules.publish')}
      busy={change.busy}
      onSave={save}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        {ot('rules.publishIntro', { n: current.version })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" name="credit-rules" preserve={false} initialValues={current}>
        {current.categories.map((c, i) => (
          <fieldset key={c.code} className="cn-credit-rule-edit" data-testid={`rule-${c.code}`}>
            <legend>
              {language === 'en' ? c.nameEn : c.name}（{c.grade}）
            </legend>
            <Form.Item
              name={['categories', i, 'punishments', 'noCommitment']}
              label={ot('rules.noCommitment')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
            <Form.Item
              name={['categories', i, 'punishments', 'keySupervision']}
              label={ot('rules.keySupervision')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
            <Form.Item
              name={['categories', i, 'punishments', 'samplingRaise']}
              label={ot('rules.raise')}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} max={100} precision={0} addonAfter="%" />
            </Form.Item>
            {months(['categories', i, 'durationMonths'], ot('rules.col.duration'))}
            {months(['categories', i, 'repairWaitingMonths'], ot('rules.col.waiting'))}
          </fieldset>
        ))}
        <div className="cn-credit-rule-days">
          <Form.Item
            name="repairDecisionWorkingDays"
            label={ot('rules.repairDays')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={60} precision={0} />
          </Form.Item>
          <Form.Item
            name="objectionReviewWorkingDays"
            label={ot('rules.objectionDays')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={60} precision={0} />
          </Form.Item>
        </div>
        <Form.Item
          name="reason"
          label={ot('rules.reason')}
          rules={[{ required: true, whitespace: true, message: ot('rules.reasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
