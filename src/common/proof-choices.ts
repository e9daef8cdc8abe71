/** CASE-1: for each required proof, commit (承诺) or submit the proof itself. */
export type ProofChoice = 'commit' | 'upload';
/** CASE-4: for items on the disclosure list, whether the applicant consents to public disclosure. */
export type DisclosureChoice = 'consent' | 'refuse';

/** CRED-1: how a commitment stands: signed until decision, then verified (kept or false). */
export const commitmentStates = [
  'signed',
  'in-verification',
  'kept',
  'false',
  'withdrawn',
  'lapsed',
] as const;
export type CommitmentState = (typeof commitmentStates)[number];
