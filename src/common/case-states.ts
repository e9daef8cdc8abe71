import { defineWorkflow } from '../platform/workflow.ts';

/** SPEC §10 case states. */
export const caseStates = [
  'draft',
  'submitted',
  'needs-correction',
  'accepted',
  'approved',
  'refused',
  'terminated',
  'withdrawn',
] as const;
export type CaseState = (typeof caseStates)[number];

/**
 * Generic labels, for lists of cases of mixed kinds; a case's own page names its decision after its
 * matter's kind (decision-wording.ts: 准予给付, 不予确认 …).
 */
export const caseStateLabels: Record<CaseState, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交', en: 'Submitted' },
  'needs-correction': { zh: '待补正', en: 'Needs correction' },
  accepted: { zh: '已受理', en: 'Accepted' },
  approved: { zh: '准予', en: 'Approved' },
  refused: { zh: '不予', en: 'Refused' },
  terminated: { zh: '终止办理', en: 'Terminated' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

/** Who may take a step: the applicant (or the window officer on their behalf) or the handling officer. */
export type CaseSide = 'applicant' | 'officer';

export const caseActions = [
  'submit',
  'resubmit',
  'withdraw',
  'accept',
  'request-correction',
  'approve',
  'refuse',
  'terminate',
] as const;
export type CaseAction = (typeof caseActions)[number];

export const decidedStates: readonly CaseState[] = ['approved', 'refused', 'terminated', 'withdrawn'];
export const isClosed = (state: CaseState) => decidedStates.includes(state);

/** CASE-5: proofs (and commitments) may change until the decision. */
export const proofsOpen = (state: CaseState) => !isClosed(state);

/** The actions a side may take in a state, for screens to offer only these. */
export const availableActions = (state: CaseState, side: CaseSide): CaseAction[] =>
  caseWorkflow.allowedActions(state, side);

/** The state after an action; an illegal step is refused with the state and action named. */
export const nextState = (state: CaseState, action: CaseAction, side: CaseSide): CaseState =>
  caseWorkflow.next(state, action, side);

/**
 * How screens and inboxes name each action: as a button (zh, en) and once done (doneZh, doneEn). The
 * decision's own words depend on the matter's kind (decision-wording.ts); these are the generic ones.
 */
export const actionLabels: Record<CaseAction, { zh: string; en: string; doneZh: string; doneEn: string }> = {
  submit: { zh: '提交申请', en: 'Submit', doneZh: '已提交申请', doneEn: 'submitted' },
  resubmit: {
    zh: '补正后重新提交',
    en: 'Resubmit after correction',
    doneZh: '已补正并重新提交',
    doneEn: 'resubmitted after correction',
  },
  withdraw: { zh: '撤回申请', en: 'Withdraw the application', doneZh: '申请已撤回', doneEn: 'withdrawn' },
  accept: { zh: '受理', en: 'Accept', doneZh: '已受理', doneEn: 'accepted' },
  'request-correction': {
    zh: '要求补正',
    en: 'Ask for correction',
    doneZh: '需要补正材料',
    doneEn: 'needs correction',
  },
  approve: { zh: '准予', en: 'Approve', doneZh: '已作出准予决定', doneEn: 'approved' },
  refuse: { zh: '不予', en: 'Refuse', doneZh: '已作出不予决定', doneEn: 'refused' },
  terminate: { zh: '终止办理', en: 'Terminate', doneZh: '已终止办理', doneEn: 'terminated' },
};

/**
 * Every legal step. Refusal before acceptance is 不予受理, after it 不予许可 (不予给付 …); correction
 * (补正) may be asked before acceptance and, when eligibility fails at decision, after it. The
 * applicant may withdraw until the decision.
 */
export const caseWorkflow = defineWorkflow<CaseState, CaseAction, CaseSide>({
  states: caseStateLabels,
  actions: actionLabels,
  transitions: [
    { from: ['draft'], action: 'submit', to: 'submitted', by: 'applicant' },
    { from: ['needs-correction'], action: 'resubmit', to: 'submitted', by: 'applicant' },
    {
      from: ['draft', 'submitted', 'needs-correction', 'accepted'],
      action: 'withdraw',
      to: 'withdrawn',
      by: 'applicant',
    },
    { from: ['submitted'], action: 'accept', to: 'accepted', by: 'officer' },
    { from: ['submitted', 'accepted'], action: 'request-correction', to: 'needs-correction', by: 'officer' },
    { from: ['accepted'], action: 'approve', to: 'approved', by: 'officer' },
    { from: ['submitted', 'accepted'], action: 'refuse', to: 'refused', by: 'officer' },
    {
      from: ['submitted', 'needs-correction', 'accepted'],
      action: 'terminate',
      to: 'terminated',
      by: 'officer',
    },
  ],
  refusal: (state, action, side) => ({
    zh: `案件处于“${caseStateLabels[state].zh}”状态，不能执行“${actionLabels[action].zh}”`,
    en: `A case in state "${state}" cannot take the action "${action}"${side ? ` by the ${side}` : ''}`,
  }),
});
