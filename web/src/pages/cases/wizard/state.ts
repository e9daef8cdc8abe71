import type { operations } from '../../../api/schema.d.ts';
import type { CaseTextKey } from '../texts.ts';
import type {
  ApplicationForm,
  DisclosureChoice,
  FormProof,
  PartyKind,
  ProofChoice,
  UploadedFile,
} from '../types.ts';

/**
 * The application wizard (CASE-1..4) as data: what the applicant (online) or the window officer (at
 * the counter) has chosen so far, and every change to it. Pure: loading, uploading, sending and the
 * clock stay with the components, which hand their results in as actions.
 */

export type WizardMode = 'online' | 'counter';
export type StepKey = 'applicant' | 'proofs' | 'notices' | 'sign';

/** The choice made for one proof, in the order of the matter's proofs. */
export interface ProofDraft {
  choice: ProofChoice | null;
  disclosure: DisclosureChoice | null;
  file: UploadedFile | null;
}

/** A text key for what the wizard found itself, or the server's own words (already in the user's language). */
export type WizardMessage = { key: CaseTextKey } | { text: string };

/** A message in the user's language. */
export const messageText = (message: WizardMessage, ct: (key: CaseTextKey) => string): string =>
  'key' in message ? ct(message.key) : message.text;

/** The applicant a window officer enters (the counter form's fields). */
export interface CounterApplicant {
  kind: PartyKind;
  name: string;
  identifier: string;
  phone?: string;
  agentName?: string;
}

/** POST /api/cases, as the server's contract declares it. */
export type ApplicationBody = operations['postCases']['requestBody']['content']['application/json'];

export interface WizardState {
  mode: WizardMode;
  district: string;
  matterId: string | null;
  /** The application form of `matterId`; null until it has loaded. */
  form: ApplicationForm | null;
  /** At the counter: the applicant's ID number, so the form also answers their eligibility (CASE-2). */
  counterIdentifier: string | null;
  step: number;
  drafts: ProofDraft[];
  proofErrors: (WizardMessage | null)[];
  stepError: WizardMessage | null;
  /** The server's complaint about a field of the counter applicant, for that form to show. */
  applicantError: { name: keyof CounterApplicant; text: string } | null;
  read: boolean;
  confirmed: boolean;
  /** The applicant has an application for the matter under way and confirmed applying again. */
  repeatConfirmed: boolean;
  /** At the counter: the scan of the commitments signed on paper. */
  scan: UploadedFile | null;
  submitting: boolean;
  /** one key per wizard, so a double click or a retried request answers the same case. */
  idempotencyKey: string;
}

export type WizardAction =
  | { type: 'districtPicked'; district: string }
  | { type: 'matterPicked'; matterId: string; idempotencyKey: string }
  | { type: 'formLoaded'; form: ApplicationForm }
  | { type: 'applicantEntered'; identifier: string }
  | { type: 'choiceMade'; index: number; choice: ProofChoice }
  | { type: 'disclosureMade'; index: number; disclosure: DisclosureChoice }
  | { type: 'fileUploaded'; index: number; file: UploadedFile | null }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'readChecked'; read: boolean }
  | { type: 'confirmChecked'; confirmed: boolean }
  | { type: 'repeatConfirmed'; confirmed: boolean }
  | { type: 'scanUploaded'; scan: UploadedFile | null }
  | { type: 'submitStarted' }
  /** `idempotencyKey` replaces the wizard's key only when the server refused the key itself. */
  | { type: 'submitFailed'; field: string | null; text: string; idempotencyKey: string };

const stepsByMode: Record<WizardMode, StepKey[]> = {
  counter: ['applicant', 'proofs', 'notices', 'sign'],
  online: ['proofs', 'notices', 'sign'],
};

export const stepsOf = (mode: WizardMode): StepKey[] => stepsByMode[mode];
export const currentStep = (state: WizardState): StepKey => stepsOf(state.mode)[state.step]!;
export const isLastStep = (state: WizardState): boolean => state.step === stepsOf(state.mode).length - 1;

export function startWizard(mode: WizardMode, district: string, idempotencyKey: string): WizardState {
  return {
    mode,
    district,
    matterId: null,
    form: null,
    counterIdentifier: null,
    step: 0,
    drafts: [],
    proofErrors: [],
    stepError: null,
    applicantError: null,
    read: false,
    confirmed: false,
    repeatConfirmed: false,
    scan: null,
    submitting: false,
    idempotencyKey,
  };
}

/** CASE-2: an applicant with an unrepaired false commitment may only submit proofs. */
export const mayCommit = (form: ApplicationForm): boolean => form.eligibility?.eligible !== false;

/** CASE-1: only a proof on the list in force may be committed, and only by an eligible applicant. */
export const canCommit = (form: ApplicationForm, proof: FormProof): boolean =>
  proof.item !== null && mayCommit(form);

/** The committed proofs with their drafts, in the matter's order (their notices and commitments). */
export function committedProofs(state: WizardState): { proof: FormProof; draft: ProofDraft }[] {
  const proofs = state.form?.proofs ?? [];
  return proofs.flatMap((proof, i) => {
    const draft = state.drafts[i];
    return draft?.choice === 'commit' ? [{ proof, draft }] : [];
  });
}

export function choiceCounts(state: WizardState): { commit: number; upload: number } {
  const choices = state.drafts.map((d) => d.choice);
  return {
    commit: choices.filter((c) => c === 'commit').length,
    upload: choices.filter((c) => c === 'upload').length,
  };
}

/** Per proof, what is still missing before the wizard may go on (null: nothing). */
export function proofProblems(state: WizardState): (CaseTextKey | null)[] {
  return (state.form?.proofs ?? []).map((proof, i) => {
    const draft = state.drafts[i];
    if (!draft?.choice) return 'proof.chooseFirst';
    if (draft.choice === 'commit' && proof.item?.disclosure && !draft.disclosure)
      return 'proof.chooseDisclosure';
    if (draft.choice === 'upload' && !draft.file) return 'proof.needFile';
    return null;
  });
}

/** The positions of the proofs still lacking a choice, a disclosure answer or a file. */
export const openProofs = (state: WizardState): number[] =>
  proofProblems(state).flatMap((problem, i) => (problem ? [i] : []));

/** CASE-3: the notices of what is committed must be read before signing. */
const noticesUnread = (state: WizardState): boolean => choiceCounts(state).commit > 0 && !state.read;

/** Whether `next` leaves the current step (the counter applicant's step is left by `applicantEntered`). */
export function canGoNext(state: WizardState): boolean {
  if (!state.form || isLastStep(state)) return false;
  switch (currentStep(state)) {
    case 'proofs':
      return openProofs(state).length === 0;
    case 'notices':
      return !noticesUnread(state);
    default:
      return false;
  }
}

/** Why the application may not be sent yet, or null. */
export function submitProblem(state: WizardState): CaseTextKey | null {
  if (openProofs(state).length > 0) return 'sign.fixProofs';
  if (state.form?.openApplications.length && !state.repeatConfirmed) return 'sign.mustConfirmRepeat';
  if (choiceCounts(state).commit === 0) return null;
  if (!state.confirmed) return 'sign.mustConfirm';
  if (state.mode === 'counter' && !state.scan) return 'sign.paperNeeded';
  return null;
}

function counterApplicantBody(applicant: CounterApplicant): NonNullable<ApplicationBody['applicant']> {
  const phone = applicant.phone?.trim();
  const agentName = applicant.agentName?.trim();
  return {
    kind: applicant.kind,
    identifier: applicant.identifier.trim().toUpperCase(),
    name: applicant.name.trim(),
    ...(phone ? { phone } : {}),
    ...(applicant.kind === 'organisation' && agentName ? { agentName } : {}),
  };
}

/**
 * What POST /api/cases receives: every proof with its choice, the disclosure answer of disclosure items,
 * the file of uploads; the signature when something is committed (paper at the counter); and at the
 * counter the applicant entered. Null while anything is missing (see `submitProblem`).
 */
export function submissionBody(
  state: WizardState,
  applicant: CounterApplicant | null,
): ApplicationBody | null {
  const { form } = state;
  if (!form || submitProblem(state)) return null;
  const counter = state.mode === 'counter';
  if (counter && !applicant) return null;
  const committed = choiceCounts(state).commit > 0;
  return {
    administrativeMatterId: form.matter.id,
    submit: true,
    proofs: form.proofs.map((proof, i) => {
      const draft = state.drafts[i]!;
      return {
        proof: proof.name,
        // submitProblem has made sure every proof has its choice
        choice: draft.choice!,
        disclosure: proof.item?.disclosure ? draft.disclosure : null,
        fileId: draft.choice === 'upload' ? (draft.file?.id ?? null) : null,
      };
    }),
    ...(committed
      ? { signature: counter ? { method: 'paper', scanFileId: state.scan!.id } : { method: 'platform' } }
      : {}),
    ...(counter && applicant ? { applicant: counterApplicantBody(applicant) } : {}),
  };
}

/** Unlisted proofs, and every proof of an applicant barred from commitment, can only be submitted. */
const emptyDraft = (form: ApplicationForm, proof: FormProof): ProofDraft => ({
  choice: canCommit(form, proof) ? null : 'upload',
  disclosure: null,
  file: null,
});

const sameProofs = (a: ApplicationForm, b: ApplicationForm): boolean =>
  a.proofs.length === b.proofs.length && a.proofs.every((p, i) => p.name === b.proofs[i]!.name);

/** Committing again after refusing disclosure asks for consent anew; submitting keeps a refusal. */
const withChoice = (draft: ProofDraft, choice: ProofChoice): ProofDraft => ({
  ...draft,
  choice,
  disclosure:
    choice === 'commit'
      ? draft.disclosure === 'refuse'
        ? null
        : draft.disclosure
      : draft.disclosure === 'refuse'
        ? 'refuse'
        : null,
});

/** Changes one proof's draft and clears its error, as any edit of the proof answers the complaint. */
function editProof(state: WizardState, index: number, edit: (draft: ProofDraft) => ProofDraft): WizardState {
  const draft = state.drafts[index];
  if (!draft) return state;
  return {
    ...state,
    drafts: state.drafts.map((d, i) => (i === index ? edit(d) : d)),
    proofErrors: state.proofErrors.map((e, i) => (i === index ? null : e)),
  };
}

/** Every open proof says what it lacks, not only the first. */
const proofComplaints = (state: WizardState): (WizardMessage | null)[] =>
  proofProblems(state).map((key) => (key ? { key } : null));

const goTo = (state: WizardState, step: StepKey): number => stepsOf(state.mode).indexOf(step);

/** Where a refused submission leads: the step and field the server names. */
function submitFailed(state: WizardState, field: string, text: string, idempotencyKey: string): WizardState {
  const failed = { ...state, submitting: false };
  const proof = /^proofs\[(\d+)\]/.exec(field);
  if (proof) {
    const at = Number(proof[1]);
    return {
      ...failed,
      step: goTo(state, 'proofs'),
      proofErrors: state.proofErrors.map((e, i) => (i === at ? { text } : e)),
      stepError: { key: 'sign.fixProofs' },
    };
  }
  if (field === 'proofs') return { ...failed, step: goTo(state, 'proofs'), stepError: { text } };
  if (state.mode === 'counter' && field.startsWith('applicant')) {
    const name = (field.split('.')[1] ?? 'name') as keyof CounterApplicant;
    return { ...failed, step: goTo(state, 'applicant'), applicantError: { name, text } };
  }
  return {
    ...failed,
    stepError: { text },
    idempotencyKey: field === 'Idempotency-Key' ? idempotencyKey : state.idempotencyKey,
  };
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'districtPicked':
      return action.district === state.district
        ? state
        : { ...state, district: action.district, matterId: null, form: null };
    case 'matterPicked':
      // A new matter is a new wizard: fresh choices, fresh key; the counter applicant stays.
      return {
        ...startWizard(state.mode, state.district, action.idempotencyKey),
        matterId: action.matterId,
        counterIdentifier: state.counterIdentifier,
      };
    case 'formLoaded': {
      const { form } = action;
      if (form.matter.id !== state.matterId) return state;
      // The first answer, or the matter's proofs changed meanwhile: every proof is chosen anew.
      if (!state.form || !sameProofs(state.form, form))
        return {
          ...state,
          form,
          drafts: form.proofs.map((proof) => emptyDraft(form, proof)),
          proofErrors: form.proofs.map(() => null),
        };
      // The same matter answered again (the counter applicant's eligibility now known): only take
      // commitment away where it is no longer open.
      return {
        ...state,
        form,
        drafts: state.drafts.map((d, i) => (canCommit(form, form.proofs[i]!) ? d : withChoice(d, 'upload'))),
      };
    }
    case 'applicantEntered':
      if (currentStep(state) !== 'applicant') return state;
      return {
        ...state,
        counterIdentifier: action.identifier.trim().toUpperCase(),
        applicantError: null,
        stepError: null,
        step: state.step + 1,
      };
    case 'choiceMade': {
      const { form } = state;
      const proof = form?.proofs[action.index];
      if (!form || !proof || (action.choice === 'commit' && !canCommit(form, proof))) return state;
      return editProof(state, action.index, (d) => withChoice(d, action.choice));
    }
    case 'disclosureMade': {
      const { form } = state;
      const proof = form?.proofs[action.index];
      if (!form || !proof?.item?.disclosure || !canCommit(form, proof)) return state;
      // CASE-4: refusing disclosure means submitting the proof instead of committing.
      return editProof(state, action.index, (d) => ({
        ...d,
        disclosure: action.disclosure,
        choice: action.disclosure === 'refuse' ? 'upload' : 'commit',
      }));
    }
    case 'fileUploaded':
      return editProof(state, action.index, (d) => ({ ...d, file: action.file }));
    case 'next': {
      const key = currentStep(state);
      if (!state.form || isLastStep(state) || key === 'applicant') return state;
      if (key === 'proofs') {
        const step = state.step + (canGoNext(state) ? 1 : 0);
        return { ...state, proofErrors: proofComplaints(state), stepError: null, step };
      }
      return noticesUnread(state)
        ? { ...state, stepError: { key: 'notices.mustRead' } }
        : { ...state, stepError: null, step: state.step + 1 };
    }
    case 'prev':
      return state.step > 0 ? { ...state, step: state.step - 1, stepError: null } : state;
    case 'readChecked':
      return { ...state, read: action.read, stepError: null };
    case 'confirmChecked':
      return { ...state, confirmed: action.confirmed, stepError: null };
    case 'repeatConfirmed':
      return { ...state, repeatConfirmed: action.confirmed, stepError: null };
    case 'scanUploaded':
      return { ...state, scan: action.scan, stepError: null };
    case 'submitStarted': {
      if (!state.form || state.submitting) return state;
      const problem = submitProblem(state);
      if (problem === 'sign.fixProofs')
        return {
          ...state,
          step: goTo(state, 'proofs'),
          proofErrors: proofComplaints(state),
          stepError: { key: problem },
        };
      if (problem) return { ...state, stepError: { key: problem } };
      return { ...state, stepError: null, submitting: true };
    }
    case 'submitFailed':
      return submitFailed(state, action.field ?? '', action.text, action.idempotencyKey);
  }
}
