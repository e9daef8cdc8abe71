import { checkCommittedFacts } from '@common/committed-facts.ts';
import {
  type CommittedFacts,
  factDefinition,
  type RecordType,
  recordTypeIds,
} from '@common/shared-records.ts';
import type { operations } from '../../../api/schema.d.ts';
import type { Language } from '../../../lib/preferences.tsx';
import type { CaseTextKey } from '../texts.ts';
import type {
  ApplicationForm,
  DisclosureChoice,
  DocumentModel,
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
  /** VER-2: the facts committed to, by key, as typed (the form's `facts` of the proof). */
  facts: Record<string, string>;
}

/**
 * A text key for what the wizard found itself, a rule's words in both languages (the committed facts'
 * shared checks), or the server's own words (already in the user's language). `fact` names the
 * committed fact at fault, for its field to show it.
 */
export type WizardMessage = ({ key: CaseTextKey } | { text: string } | { zh: string; en: string }) & {
  fact?: string;
};

/** A message in the user's language. */
export const messageText = (
  message: WizardMessage,
  ct: (key: CaseTextKey) => string,
  language: Language = 'zh',
): string => ('key' in message ? ct(message.key) : 'text' in message ? message.text : message[language]);

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
  | { type: 'factEntered'; index: number; key: string; value: string }
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

export type AskedFact = FormProof extends infer P ? (P extends { facts: (infer F)[] } ? F : never) : never;

/** The facts a proof's commitment asserts, as the form asks them (none for an unlisted proof). */
export const askedFactsOf = (proof: FormProof): AskedFact[] => ('facts' in proof ? proof.facts : []);

/**
 * The data-sharing record type whose facts the form asks (the form names the facts, not the type):
 * the one type that defines every asked fact with the same label and type.
 */
function recordTypeOf(asked: readonly AskedFact[]): RecordType | null {
  const matching = recordTypeIds.filter((type) =>
    asked.every((f) => {
      const definition = factDefinition(type, f.key);
      return definition?.label === f.label && definition.type === f.type;
    }),
  );
  return matching.length === 1 ? matching[0]! : null;
}

const isRuleError = (e: unknown): e is { messageZh: string; messageEn: string; field?: string } =>
  typeof e === 'object' && e !== null && 'messageZh' in e && 'messageEn' in e;

/**
 * VER-2/CASE-1: the committed facts checked by the rules the server applies (`checkCommittedFacts`):
 * the values as sent, or what is wrong with the first fact at fault.
 */
export function checkedFacts(
  proof: FormProof,
  draft: ProofDraft,
): { facts: CommittedFacts | null } | { problem: WizardMessage } {
  const asked = askedFactsOf(proof);
  if (asked.length === 0 || draft.choice !== 'commit') return { facts: null };
  const values = Object.fromEntries(
    asked.flatMap((f) => {
      const value = draft.facts[f.key]?.trim();
      return value ? [[f.key, value]] : [];
    }),
  );
  const recordType = recordTypeOf(asked);
  if (!recordType) return { facts: values };
  const matterFacts = {
    recordType,
    facts: asked.map((f) => ({
      key: f.key,
      required: f.required,
      ...(f.min === undefined ? {} : { min: f.min }),
    })),
  };
  try {
    return { facts: checkCommittedFacts(matterFacts, values, 'facts') };
  } catch (error) {
    if (!isRuleError(error)) throw error;
    return {
      problem: { zh: error.messageZh, en: error.messageEn, fact: error.field?.split('.')[1] },
    };
  }
}

/** Per proof, what is still missing before the wizard may go on (null: nothing). */
export function proofProblems(state: WizardState): (WizardMessage | null)[] {
  return (state.form?.proofs ?? []).map((proof, i) => {
    const draft = state.drafts[i];
    if (!draft?.choice) return { key: 'proof.chooseFirst' };
    if (draft.choice === 'commit' && proof.item?.disclosure && !draft.disclosure)
      return { key: 'proof.chooseDisclosure' };
    if (draft.choice === 'upload' && !draft.file) return { key: 'proof.needFile' };
    const facts = checkedFacts(proof, draft);
    return 'problem' in facts ? facts.problem : null;
  });
}

/**
 * VER-2: the commitment as it will be signed: the committed facts quoted after its first paragraph,
 * as the server fills it (the signed text says exactly what will be checked).
 */
export function commitmentWithFacts(
  model: DocumentModel,
  proof: FormProof,
  draft: ProofDraft,
): DocumentModel {
  const rows = askedFactsOf(proof).flatMap((f) => {
    const value = draft.facts[f.key]?.trim();
    return value ? [{ label: f.label, value: f.type === 'identifier' ? value.toUpperCase() : value }] : [];
  });
  if (rows.length === 0) return model;
  const at = Math.max(0, model.blocks.findIndex((b) => b.kind === 'paragraph') + 1);
  return {
    ...model,
    blocks: [
      ...model.blocks.slice(0, at),
      { kind: 'paragraph', text: '本人承诺以下事实真实、准确：' },
      { kind: 'fields', rows },
      ...model.blocks.slice(at),
    ],
  };
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
      const checked = checkedFacts(proof, draft);
      const facts = 'facts' in checked ? checked.facts : null;
      return {
        proof: proof.name,
        // submitProblem has made sure every proof has its choice
        choice: draft.choice!,
        disclosure: proof.item?.disclosure ? draft.disclosure : null,
        fileId: draft.choice === 'upload' ? (draft.file?.id ?? null) : null,
        ...(facts ? { facts } : {}),
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
  facts: {},
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
const proofComplaints = (state: WizardState): (WizardMessage | null)[] => proofProblems(state);

const goTo = (state: WizardState, step: StepKey): number => stepsOf(state.mode).indexOf(step);

/** Where a refused submission leads: the step and field the server names. */
function submitFailed(state: WizardState, field: string, text: string, idempotencyKey: string): WizardState {
  const failed = { ...state, submitting: false };
  const proof = /^proofs\[(\d+)\](?:\.facts\.([A-Za-z]+))?/.exec(field);
  if (proof) {
    const at = Number(proof[1]);
    const fact = proof[2];
    return {
      ...failed,
      step: goTo(state, 'proofs'),
      proofErrors: state.proofErrors.map((e, i) => (i === at ? { text, ...(fact ? { fact } : {}) } : e)),
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
    case 'factEntered': {
      const proof = state.form?.proofs[action.index];
      if (!proof || !askedFactsOf(proof).some((f) => f.key === action.key)) return state;
      return editProof(state, action.index, (d) => ({
        ...d,
        facts: { ...d.facts, [action.key]: action.value },
      }));
    }
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
