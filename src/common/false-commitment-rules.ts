/**
 * SUP-3: what may be done about a false commitment depends on the stage it was found at. Before the
 * decision the case is terminated (终止办理) and nothing else; after it, the decision stands or falls
 * by rectification, revocation, penalty and transfer, and the case is never "terminated".
 */
export const handlingStages = ['before-decision', 'after-decision'] as const;
export type HandlingStage = (typeof handlingStages)[number];

export const handlingActionKinds = ['terminate', 'rectify', 'revoke', 'penalise', 'transfer'] as const;
export type HandlingActionKind = (typeof handlingActionKinds)[number];

export const handlingActionLabels: Record<HandlingActionKind, { zh: string; en: string }> = {
  terminate: { zh: '终止办理', en: 'Terminate the case' },
  rectify: { zh: '责令限期整改', en: 'Order rectification within a time limit' },
  revoke: { zh: '撤销行政决定', en: 'Revoke the decision' },
  penalise: { zh: '行政处罚', en: 'Administrative penalty' },
  transfer: { zh: '移送司法机关', en: 'Transfer to the judicial organs' },
};

export const handlingStageLabels: Record<HandlingStage, { zh: string; en: string }> = {
  'before-decision': { zh: '作出决定前发现', en: 'Found before the decision' },
  'after-decision': { zh: '作出决定后发现', en: 'Found after the decision' },
};

const byStage: Record<HandlingStage, readonly HandlingActionKind[]> = {
  'before-decision': ['terminate'],
  'after-decision': ['rectify', 'revoke', 'penalise', 'transfer'],
};

export interface TakenAction {
  kind: HandlingActionKind;
  state: 'in-force' | 'complied' | 'not-complied';
}

/**
 * The actions still open to a handling record: those of its stage, each once (a rectification again
 * only after the last one was not complied with), and nothing that needs the decision once revoked.
 */
export function allowedHandlingActions(
  stage: HandlingStage,
  taken: readonly TakenAction[],
): HandlingActionKind[] {
  const revoked = taken.some((a) => a.kind === 'revoke');
  return byStage[stage].filter((kind) => {
    const before = taken.filter((a) => a.kind === kind);
    if (kind === 'rectify')
      return !revoked && before.every((a) => a.state === 'not-complied') && before.length < 2;
    return before.length === 0;
  });
}

/** A case's stage for SUP-3: decided on commitment (approved) or not yet decided. */
export const stageOfCase = (caseState: string): HandlingStage | null =>
  caseState === 'approved'
    ? 'after-decision'
    : ['submitted', 'needs-correction', 'accepted'].includes(caseState)
      ? 'before-decision'
      : null;
