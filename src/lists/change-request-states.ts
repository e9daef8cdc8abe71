import { DomainError } from '../platform/errors.ts';

/** LIST-6: a change request's life, from the requesting agency to publication in a new version. */
export const changeRequestStates = {
  submitted: { zh: '待审核', en: 'Awaiting review' },
  returned: { zh: '退回修改', en: 'Returned for revision' },
  approved: { zh: '已通过（待发布）', en: 'Approved, awaiting publication' },
  rejected: { zh: '不予通过', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  published: { zh: '已发布', en: 'Published' },
} as const;
export type ChangeRequestState = keyof typeof changeRequestStates;

export const changeRequestActions = {
  approve: { zh: '通过', en: 'be approved' },
  reject: { zh: '不予通过', en: 'be rejected' },
  return: { zh: '退回修改', en: 'be returned for revision' },
  resubmit: { zh: '修改后重新提交', en: 'be resubmitted' },
  withdraw: { zh: '撤回', en: 'be withdrawn' },
  publish: { zh: '发布', en: 'be published' },
} as const;
export type ChangeRequestAction = keyof typeof changeRequestActions;

const transitions: Record<ChangeRequestAction, Partial<Record<ChangeRequestState, ChangeRequestState>>> = {
  approve: { submitted: 'approved' },
  reject: { submitted: 'rejected' },
  return: { submitted: 'returned' },
  resubmit: { returned: 'submitted' },
  withdraw: { submitted: 'withdrawn', returned: 'withdrawn' },
  publish: { approved: 'published' },
};

/** The state an action leads to, or a clear refusal when the workflow does not allow it. */
export function nextChangeRequestState(
  state: ChangeRequestState,
  action: ChangeRequestAction,
): ChangeRequestState {
  const next = transitions[action][state];
  if (next) return next;
  const { zh, en } = changeRequestActions[action];
  throw new DomainError(
    'ILLEGAL_TRANSITION',
    `变更申请处于“${changeRequestStates[state].zh}”状态，不能${zh}`,
    `A change request that is "${changeRequestStates[state].en}" cannot ${en}`,
    'state',
  );
}

/** Review actions belong to the reviewing level; the others to the requesting agency or the publisher. */
export const reviewActions: readonly ChangeRequestAction[] = ['approve', 'reject', 'return'];
