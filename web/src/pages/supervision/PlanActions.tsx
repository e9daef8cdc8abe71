import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { takePlanStep } from '../../api/supervision.ts';
import { formatDate, shanghaiToday } from '../../lib/dates.ts';
import type { PlanDetail } from './model.ts';
import { PlanFormModal } from './PlanForm.tsx';
import { useSupervisionTexts } from './texts.ts';
import { useSupervisionChange } from './useSupervisionChange.ts';

type Step = 'approve' | 'draw' | 'complete' | 'cancel';

/**
 * SUP-1: the steps the server allows on the plan now (`allowedActions`): 修改, 批准并冻结对象库,
 * 公开抽取 (from its draw date), 办结并公示 (once every result is in), 撤销. Each irreversible step
 * says what it does and asks first.
 */
export function PlanActions({ plan, reload }: { plan: PlanDetail; reload: () => Promise<void> }) {
  const { st, language } = useSupervisionTexts();
  const { modal } = App.useApp();
  const change = useSupervisionChange(reload);
  const [editing, setEditing] = useState(false);
  const allowed = (action: string) => plan.allowedActions.includes(action);
  const today = shanghaiToday();
  const beforeDraw = today < plan.drawOn;
  const open = plan.objects.filter((o) => !o.result).length;

  const step = (action: Step) =>
    modal.confirm({
      title: st(`step.${action}.title`),
      content: st(`step.${action}.confirm`, { drawOn: formatDate(plan.drawOn, language) }),
      okText: st(`step.${action}.ok`),
      okButtonProps: action === 'cancel' ? { danger: true } : {},
      cancelText: st('common.back'),
      width: 520,
      onOk: async () => {
        const ok = await change.send(
          () => takePlanStep(plan.id, action, plan.revision),
          null,
          st(`step.${action}.done`),
        );
        if (ok) await reload();
      },
    });

  const any = ['edit', 'approve', 'draw', 'complete', 'cancel'].some(allowed);
  if (!any) return null;
  return (
    <div className="cn-case-actions" data-testid="plan-actions">
      <Space wrap size={[8, 8]}>
        {allowed('approve') && (
          <Button type="primary" onClick={() => step('approve')}>
            {st('action.approve')}
          </Button>
        )}
        {allowed('draw') && (
          <Button type="primary" disabled={beforeDraw} onClick={() => step('draw')}>
            {st('action.draw')}
          </Button>
        )}
        {allowed('draw') && beforeDraw && (
          <Typography.Text type="secondary">{st('action.drawOn', { date: plan.drawOn })}</Typography.Text>
        )}
        {allowed('complete') && (
          <Button type="primary" disabled={open > 0} onClick={() => step('complete')}>
            {st('action.complete')}
          </Button>
        )}
        {allowed('complete') && open > 0 && (
          <Typography.Text type="secondary">{st('action.completeOpen', { n: open })}</Typography.Text>
        )}
        {allowed('edit') && <Button onClick={() => setEditing(true)}>{st('action.edit')}</Button>}
        {allowed('cancel') && (
          <Button danger onClick={() => step('cancel')}>
            {st('action.cancel')}
          </Button>
        )}
      </Space>
      <PlanFormModal
        open={editing}
        district={plan.districtCode}
        plan={plan}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          void reload();
        }}
      />
    </div>
  );
}
