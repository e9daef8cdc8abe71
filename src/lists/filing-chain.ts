import { levelOf, parentOf } from '../platform/auth/jurisdiction-codes.ts';

/** LIST-7: a filing's state at one hop; 逾期 is not stored but seen against the due date. */
export const filingStates = {
  pending: { zh: '待报送', en: 'To be sent' },
  submitted: { zh: '已报送', en: 'Sent' },
  received: { zh: '已接收', en: 'Received' },
} as const;
export type FilingState = keyof typeof filingStates;

/**
 * The level a list is filed with: a town with its district's justice bureau, a district with the
 * city's, a city with the provincial justice department, which is the top.
 */
export const filingRecipientOf = (jurisdictionCode: string): string | undefined =>
  levelOf(jurisdictionCode) === 'province' ? undefined : parentOf(jurisdictionCode);

/** A filing not received and past its due date (a date, due at the end of that working day) is overdue. */
export const isFilingOverdue = (filing: { state: FilingState; dueDate: string }, today: string): boolean =>
  filing.state === 'pending' && today > filing.dueDate;
