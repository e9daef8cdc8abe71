import { actionLabels, type CaseAction, type CaseState, caseStateLabels } from './case-states.ts';
import { administrativeMatterKinds } from './list-item.ts';

/**
 * CASE-6: a decision is named after the kind of administrative matter decided (LIST-1): a licence is
 * granted (准予许可), a benefit given (准予给付), a status confirmed (予以确认), anything else handled
 * (准予办理). Buttons, state labels, inbox notices, the case's notes and the decision document
 * (决定书) all take their words from here, so they never disagree.
 */
export type MatterKind = (typeof administrativeMatterKinds)[number];
export type DecisionOutcome = 'approve' | 'refuse';

interface Words {
  zh: string;
  en: string;
}

/** How one outcome of one kind is named. */
export interface OutcomeWording {
  /** The button and the act: 准予给付 / Grant the benefit. */
  action: Words;
  /** The case's state once decided: 准予给付 / Benefit granted. */
  state: Words;
  /** The inbox notice: 已作出准予给付决定 / benefit granted. */
  done: Words;
  /** What the decision document decides: 本机关决定准予行政给付. */
  verdict: string;
  /** The title of the decision document: 准予行政给付决定书. */
  documentTitle: string;
}

const wordings: Record<MatterKind, Record<DecisionOutcome, OutcomeWording>> = {
  行政许可: {
    approve: {
      action: { zh: '准予许可', en: 'Grant the licence' },
      state: { zh: '准予许可', en: 'Licence granted' },
      done: { zh: '已作出准予许可决定', en: 'licence granted' },
      verdict: '准予行政许可',
      documentTitle: '准予行政许可决定书',
    },
    refuse: {
      action: { zh: '不予许可', en: 'Refuse the licence' },
      state: { zh: '不予许可', en: 'Licence refused' },
      done: { zh: '已作出不予许可决定', en: 'licence refused' },
      verdict: '不予行政许可',
      documentTitle: '不予行政许可决定书',
    },
  },
  行政给付: {
    approve: {
      action: { zh: '准予给付', en: 'Grant the benefit' },
      state: { zh: '准予给付', en: 'Benefit granted' },
      done: { zh: '已作出准予给付决定', en: 'benefit granted' },
      verdict: '准予行政给付',
      documentTitle: '准予行政给付决定书',
    },
    refuse: {
      action: { zh: '不予给付', en: 'Refuse the benefit' },
      state: { zh: '不予给付', en: 'Benefit refused' },
      done: { zh: '已作出不予给付决定', en: 'benefit refused' },
      verdict: '不予行政给付',
      documentTitle: '不予行政给付决定书',
    },
  },
  行政确认: {
    approve: {
      action: { zh: '予以确认', en: 'Confirm' },
      state: { zh: '予以确认', en: 'Confirmed' },
      done: { zh: '已作出予以确认决定', en: 'confirmed' },
      verdict: '予以确认',
      documentTitle: '行政确认决定书',
    },
    refuse: {
      action: { zh: '不予确认', en: 'Refuse confirmation' },
      state: { zh: '不予确认', en: 'Confirmation refused' },
      done: { zh: '已作出不予确认决定', en: 'confirmation refused' },
      verdict: '不予确认',
      documentTitle: '不予行政确认决定书',
    },
  },
  其他: {
    approve: {
      action: { zh: '准予办理', en: 'Approve' },
      state: { zh: '准予办理', en: 'Approved' },
      done: { zh: '已作出准予办理决定', en: 'approved' },
      verdict: '准予办理',
      documentTitle: '准予办理决定书',
    },
    refuse: {
      action: { zh: '不予办理', en: 'Refuse' },
      state: { zh: '不予办理', en: 'Refused' },
      done: { zh: '已作出不予办理决定', en: 'refused' },
      verdict: '不予办理',
      documentTitle: '不予办理决定书',
    },
  },
};

/** A kind as stored (free text in old rows and imported lists); anything unknown is 其他. */
export const matterKindOf = (kind: string | null | undefined): MatterKind =>
  (administrativeMatterKinds as readonly string[]).includes(kind ?? '') ? (kind as MatterKind) : '其他';

/** How the decision of a matter of `kind` is named when it comes out as `outcome`. */
export const decisionWording = (kind: string | null | undefined, outcome: DecisionOutcome): OutcomeWording =>
  wordings[matterKindOf(kind)][outcome];

/** What a case's own page shows for its decision: the two buttons and the two decided states. */
export function caseDecisionWording(kind: string | null | undefined) {
  const approve = decisionWording(kind, 'approve');
  const refuse = decisionWording(kind, 'refuse');
  return {
    approve: approve.action,
    refuse: refuse.action,
    approvedState: approve.state,
    refusedState: refuse.state,
  };
}
export type CaseDecisionWording = ReturnType<typeof caseDecisionWording>;

/** A case's state as its own page names it: a decided one in its matter's words. */
export function caseStateLabel(state: CaseState, kind: string | null | undefined): Words {
  if (state === 'approved') return decisionWording(kind, 'approve').state;
  if (state === 'refused') return decisionWording(kind, 'refuse').state;
  return caseStateLabels[state];
}

/** An action of a case once taken, as its inbox notice says it: a decision in its matter's words. */
export function caseActionDone(action: CaseAction, kind: string | null | undefined): Words {
  if (action === 'approve' || action === 'refuse') return decisionWording(kind, action).done;
  return { zh: actionLabels[action].doneZh, en: actionLabels[action].doneEn };
}
