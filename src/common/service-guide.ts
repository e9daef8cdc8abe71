/** DOC-4: a service guide (办事指南) of one administrative matter. */
export interface ServiceGuide {
  title: string;
  /** What choosing commitment requires of the applicant (条件). */
  conditions: string;
  withCommitment: string[];
  withoutCommitment: string[];
  withdrawal: string;
}

export const missingGuideParts = (guide: ServiceGuide): string[] =>
  [
    !guide.conditions.trim() && 'conditions',
    guide.withCommitment.filter((s) => s.trim()).length === 0 && 'withCommitment',
    guide.withoutCommitment.filter((s) => s.trim()).length === 0 && 'withoutCommitment',
    !guide.withdrawal.trim() && 'withdrawal',
  ].filter((p): p is string => Boolean(p));
