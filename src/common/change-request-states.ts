import { defineWorkflow } from '../platform/workflow.ts';

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

/** Who takes a step: the requesting agency, the reviewing justice level, or publication of a version. */
export type ChangeRequestParty = 'requester' | 'reviewer' | 'publisher';

export const changeRequestWorkflow = defineWorkflow<
  ChangeRequestState,
  ChangeRequestAction,
  ChangeRequestParty
>({
  states: changeRequestStates,
  actions: changeRequestActions,
  transitions: [
    { from: ['submitted'], action: 'approve', to: 'approved', by: 'reviewer' },
    { from: ['submitted'], action: 'reject', to: 'rejected', by: 'reviewer' },
    { from: ['submitted'], action: 'return', to: 'returned', by: 'reviewer' },
    { from: ['returned'], action: 'resubmit', to: 'submitted', by: 'requester' },
    { from: ['submitted', 'returned'], action: 'withdraw', to: 'withdrawn', by: 'requester' },
    { from: ['approved'], action: 'publish', to: 'published', by: 'publisher' },
  ],
  refusal: (state, action) => ({
    zh: `变更申请处于“${changeRequestStates[state].zh}”状态，不能${changeRequestActions[action].zh}`,
    en: `A change request that is "${changeRequestStates[state].en}" cannot ${changeRequestActions[action].en}`,
  }),
});

/** The state an action leads to, or a clear refusal when the workflow does not allow it. */
export const nextChangeRequestState = (state: ChangeRequestState, action: ChangeRequestAction) =>
  changeRequestWorkflow.next(state, action);

/** Review actions belong to the reviewing level; the others to the requesting agency or the publisher. */
export const reviewActions: readonly ChangeRequestAction[] = changeRequestWorkflow.actions.filter((a) =>
  changeRequestWorkflow.allowedActions('submitted', 'reviewer').includes(a),
);
