import { creditGradeLabels } from '@common/credit-rules.ts';
import { gradedGrades, riskLevelLabels, riskLevels } from '@common/inspection-plan-states.ts';
import { Alert, DatePicker, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCatalogue } from '../../api/lists.ts';
import { useAgencies } from '../../api/organisation.ts';
import { createPlan, editPlan } from '../../api/supervision.ts';
import { useAuth } from '../../lib/auth.tsx';
import { shanghaiToday } from '../../lib/dates.ts';
import { FormModal } from './FormModal.tsx';
import type { PlanDetail } from './model.ts';
import { useSupervisionTexts } from './texts.ts';
import { useSupervisionChange } from './useSupervisionChange.ts';

interface PlanValues {
  title: string;
  period: [Dayjs, Dayjs];
  drawOn: Dayjs;
  matterIds: string[];
  rates: { low: number; medium: number; high: number };
  gradeRates: { B?: number | null; C?: number | null; D?: number | null };
  inspectorsPerObject: number;
  excludeHandlingAgency: boolean;
  inspectorAgencyIds: string[];
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/**
 * SUP-1: a sampling plan's terms: which decisions it samples (a period and, optionally, some matters),
 * when the draw is, how much of each risk level it draws, and who may inspect. Creates a draft, or
 * edits one (`plan`) at the revision shown.
 */
export function PlanFormModal({
  open,
  district,
  plan,
  onClose,
  onSaved,
}: {
  open: boolean;
  district: string;
  /** The draft being edited; none for a new plan. */
  plan?: PlanDetail | null;
  onClose: () => void;
  onSaved: (plan: PlanDetail) => void;
}) {
  const { st, language } = useSupervisionTexts();
  const { me } = useAuth();
  const [form] = Form.useForm<PlanValues>();
  const change = useSupervisionChange();
  const catalogue = useCatalogue(district, { enabled: open });
  const agencies = useAgencies(district, { enabled: open });
  const today = shanghaiToday();

  const initialValues: Partial<PlanValues> = plan
    ? {
        title: plan.title,
        period: [dayjs(plan.periodFrom), dayjs(plan.periodTo)],
        drawOn: dayjs(plan.drawOn),
        matterIds: plan.matterIds,
        rates: plan.rates,
        gradeRates: plan.gradeRates,
        inspectorsPerObject: plan.inspectorsPerObject,
        excludeHandlingAgency: plan.excludeHandlingAgency,
        inspectorAgencyIds: plan.inspectorAgencyIds,
      }
    : {
        matterIds: [],
        rates: { low: 5, medium: 10, high: 20 },
        gradeRates: {},
        inspectorsPerObject: 2,
        excludeHandlingAgency: true,
        inspectorAgencyIds: me?.agency ? [me.agency.id] : [],
      };

  const save = async () => {
    const values = await form.validateFields();
    const body = {
      title: values.title.trim(),
      periodFrom: day(values.period[0]),
      periodTo: day(values.period[1]),
      drawOn: day(values.drawOn),
      matterIds: values.matterIds ?? [],
      rates: values.rates,
      // An emptied field is no rate for that grade.
      gradeRates: Object.fromEntries(
        gradedGrades.flatMap((g) => {
          const rate = values.gradeRates?.[g];
          return typeof rate === 'number' ? [[g, rate]] : [];
        }),
      ),
      inspectorsPerObject: values.inspectorsPerObject,
      excludeHandlingAgency: values.excludeHandlingAgency,
      inspectorAgencyIds: values.inspectorAgencyIds ?? [],
    };
    const saved = await change.send(
      () => (plan ? editPlan(plan.id, { ...body, revision: plan.revision }) : createPlan(district, body)),
      form,
      st(plan ? 'planForm.edited' : 'planForm.created'),
    );
    if (saved) onSaved(saved);
  };

  const matters = catalogue.data?.administrativeMatters ?? [];
  return (
    <FormModal
      open={open}
      title={st(plan ? 'planForm.editTitle' : 'planForm.title')}
      okText={st(plan ? 'planForm.saveEdit' : 'planForm.save')}
      busy={change.busy}
      onSave={save}
      onCancel={onClose}
      width={760}
    >
      <Form<PlanValues>
        form={form}
        layout="vertical"
        name="inspection-plan"
        preserve={false}
        initialValues={initialValues}
      >
        <p className="cn-case-muted">{st('planForm.intro')}</p>
        <Form.Item
          name="title"
          label={st('plan.title')}
          rules={[{ required: true, whitespace: true, message: st('planForm.titleNeeded') }]}
        >
          <Input maxLength={100} placeholder={st('planForm.titlePlaceholder')} />
        </Form.Item>
        <Space wrap size={[24, 0]} align="start">
          <Form.Item
            name="period"
            label={st('plan.period')}
            extra={st('planForm.periodHelp')}
            rules={[{ required: true, message: st('planForm.periodNeeded') }]}
          >
            <DatePicker.RangePicker
              allowClear={false}
              placeholder={[st('planForm.periodFrom'), st('planForm.periodTo')]}
            />
          </Form.Item>
          <Form.Item
            name="drawOn"
            label={st('plan.drawOn')}
            extra={st('planForm.drawOnHelp')}
            rules={[{ required: true, message: st('planForm.drawOnNeeded') }]}
          >
            <DatePicker allowClear={false} disabledDate={(d) => day(d) < today} />
          </Form.Item>
        </Space>
        <Form.Item name="matterIds" label={st('plan.matters')} extra={st('planForm.mattersHelp')}>
          <Select<string[]>
            mode="multiple"
            allowClear
            loading={catalogue.loading}
            placeholder={st('plan.allMatters')}
            showSearch={{ optionFilterProp: 'label' }}
            options={matters.map((m) => ({ value: m.id, label: `${m.name}（${m.agencyName}）` }))}
          />
        </Form.Item>
        <fieldset className="cn-case-fieldset">
          <legend>{st('plan.rates')}</legend>
          <p className="cn-case-help">{st('planForm.ratesHelp')}</p>
          <Space wrap size={[24, 0]}>
            {riskLevels.map((level) => (
              <Form.Item
                key={level}
                name={['rates', level]}
                label={riskLevelLabels[level][language]}
                rules={[{ required: true, message: st('planForm.rateNeeded') }]}
              >
                <InputNumber min={0} max={100} step={1} suffix="%" className="cn-sup-rate" />
              </Form.Item>
            ))}
          </Space>
        </fieldset>
        <fieldset className="cn-case-fieldset" data-testid="grade-rates">
          <legend>{st('plan.gradeRates')}</legend>
          <p className="cn-case-help">{st('planForm.gradeRatesHelp')}</p>
          <Space wrap size={[24, 0]}>
            {gradedGrades.map((grade) => (
              <Form.Item
                key={grade}
                name={['gradeRates', grade]}
                label={st('plan.grade', { grade, label: creditGradeLabels[grade][language] })}
              >
                <InputNumber min={0} max={100} step={1} suffix="%" className="cn-sup-rate" />
              </Form.Item>
            ))}
          </Space>
        </fieldset>
        <Space wrap size={[24, 0]} align="start">
          <Form.Item
            name="inspectorsPerObject"
            label={st('plan.inspectorsPerObject')}
            rules={[{ required: true, message: st('planForm.inspectorsNeeded') }]}
          >
            <InputNumber min={2} max={5} precision={0} suffix={st('planForm.persons')} />
          </Form.Item>
          <Form.Item
            name="excludeHandlingAgency"
            label={st('plan.excludeHandling')}
            valuePropName="checked"
            extra={st('planForm.excludeHelp')}
          >
            <Switch checkedChildren={st('common.yes')} unCheckedChildren={st('common.no')} />
          </Form.Item>
        </Space>
        <Form.Item
          name="inspectorAgencyIds"
          label={st('plan.inspectorAgencies')}
          extra={st('planForm.agenciesHelp')}
        >
          <Select<string[]>
            mode="multiple"
            allowClear
            loading={agencies.loading}
            placeholder={st('plan.ownAgency')}
            showSearch={{ optionFilterProp: 'label' }}
            options={(agencies.data ?? [])
              .filter((a) => a.districtCode === district && a.active)
              .map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
        <Alert type="info" showIcon title={st('planForm.afterSave')} />
      </Form>
    </FormModal>
  );
}
