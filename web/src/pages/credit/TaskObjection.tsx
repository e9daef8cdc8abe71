import { Button, Space, Tag } from 'antd';
import { useState } from 'react';
import { formatDate } from '../../lib/dates.ts';
import { type CreditRequest, RequestModal } from './RequestModal.tsx';
import { useCreditTexts } from './texts.ts';

interface Objection {
  state: 'under-review' | 'kept' | 'corrected';
  dueOn: string;
  answer: string | null;
}

/**
 * VER-9 / CRED-5 on the case page: the objection to a verification finding — 异议中 while it is
 * re-examined, then the answer — and, for the applicant while none is under review, 提出异议.
 */
export function TaskObjection({
  task,
  districtCode,
  applicant,
}: {
  task: { id: string; proofName: string; outcome: string | null; objection: Objection | null };
  districtCode: string;
  applicant: boolean;
}) {
  const { rt, language } = useCreditTexts();
  const [request, setRequest] = useState<CreditRequest | null>(null);
  const o = task.objection;
  if (!task.outcome) return null;
  const open = o?.state === 'under-review';
  return (
    <div className="cn-credit-task-objection" data-testid="task-objection">
      <Space wrap size={6}>
        {o && (
          <Tag color={open ? 'gold' : o.state === 'corrected' ? 'green' : 'default'}>
            {open ? rt('status.disputed') : rt(`objectionState.${o.state}`)}
          </Tag>
        )}
        {open && (
          <span className="cn-case-muted">{`${rt('col.dueOn')} ${formatDate(o.dueOn, language)}`}</span>
        )}
        {o?.answer && <span>{`${rt('col.answer')}：${o.answer}`}</span>}
        {applicant && !open && (
          <Button
            size="small"
            onClick={() => setRequest({ kind: 'objection', taskId: task.id, subject: task.proofName })}
          >
            {rt('action.object')}
          </Button>
        )}
      </Space>
      {applicant && (
        <RequestModal request={request} districtCode={districtCode} onClose={() => setRequest(null)} />
      )}
    </div>
  );
}
