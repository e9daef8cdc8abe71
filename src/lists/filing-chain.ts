import { levelOf, parentOf } from '../platform/auth/jurisdiction-codes.ts';
import { defineWorkflow } from '../platform/workflow.ts';

/** LIST-7: a filing's state at one hop; 逾期 is not stored but seen against the due date. */
export const filingStates = {
  pending: { zh: '待报送', en: 'To be sent' },
  submitted: { zh: '已报送', en: 'Sent' },
  received: { zh: '已接收', en: 'Received' },
} as const;
export type FilingState = keyof typeof filingStates;

/** The sending level sends (报送); the level above receives (接收), which opens the next hop. */
export const filingWorkflow = defineWorkflow<FilingState, 'submit' | 'receive', 'sender' | 'receiver'>({
  states: filingStates,
  actions: { submit: { zh: '报送备案', en: 'Send' }, receive: { zh: '确认接收', en: 'Receive' } },
  transitions: [
    { from: ['pending'], action: 'submit', to: 'submitted', by: 'sender' },
    { from: ['submitted'], action: 'receive', to: 'received', by: 'receiver' },
  ],
  refusal: (state, action) =>
    action === 'submit'
      ? { zh: '此备案已报送', en: 'This filing was sent already' }
      : state === 'pending'
        ? { zh: '下级尚未报送，不能接收', en: 'The level below has not sent it yet' }
        : { zh: '此备案已接收', en: 'This filing was received already' },
});

/**
 * The level a list is filed with: a town with its district's justice bureau, a district with the
 * city's, a city with the provincial justice department, which is the top.
 */
export const filingRecipientOf = (jurisdictionCode: string): string | undefined =>
  levelOf(jurisdictionCode) === 'province' ? undefined : parentOf(jurisdictionCode);

/** A filing not received and past its due date (a date, due at the end of that working day) is overdue. */
export const isFilingOverdue = (filing: { state: FilingState; dueDate: string }, today: string): boolean =>
  filing.state === 'pending' && today > filing.dueDate;
