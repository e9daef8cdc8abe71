import { describe, expect, it, vi } from 'vitest';
import type { ApplicationForm, Eligibility, FormProof, UploadedFile } from '../types.ts';
import {
  type AskedFact,
  type CounterApplicant,
  canGoNext,
  commitmentWithFacts,
  committedProofs,
  currentStep,
  openProofs,
  startWizard,
  submissionBody,
  type WizardAction,
  type WizardMode,
  type WizardState,
  wizardReducer,
} from './state.ts';

// The unit project resolves no @common alias (Vite does, for the app): the wizard's shared rules are
// the server's own modules, loaded here by their path.
vi.mock('@common/committed-facts.ts', () => import('../../../../../src/common/committed-facts.ts'));
vi.mock('@common/shared-records.ts', () => import('../../../../../src/common/shared-records.ts'));

const letter = (title: string) => ({ title, blocks: [{ kind: 'paragraph' as const, text: '' }] });

function listed(name: string, disclosure: boolean, facts: AskedFact[] = []): FormProof {
  return {
    name,
    listed: true,
    item: {
      key: name,
      proves: '',
      issuingBody: '',
      legalBasis: '',
      verification: 'online',
      verificationLabel: '线上核查',
      assistingAgency: null,
      timeLimitWorkingDays: 5,
      standard: '',
      method: '',
      disclosure,
    },
    facts,
    notice: letter('证明事项告知书'),
    commitment: letter('证明事项告知承诺书'),
  };
}

const unlisted = (name: string): FormProof => ({
  name,
  listed: false,
  item: null,
  notice: null,
  commitment: null,
});

// Like LS-11: two listed disclosure items, one listed plain item and one unlisted proof.
const TECHNICAL = 0;
const INSURANCE = 1;
const DIPLOMA = 2;
const LICENCE = 3;

function applicationForm(matterId = 'matter-11', eligibility: Eligibility | null = null): ApplicationForm {
  return {
    matter: {
      id: matterId,
      code: 'LS-11',
      name: '建筑业企业资质许可',
      kind: '许可',
      districtCode: '370212',
      agencyName: '崂山区行政审批服务局',
    },
    list: { id: 'list-1', versionNo: 3, publishedAt: '2026-01-01T00:00:00Z' },
    applicant: null,
    eligibility,
    openApplications: [],
    proofs: [
      listed('专业技术资格证明', true),
      listed('社会保险缴纳证明', true),
      listed('学历证明', false),
      unlisted('营业执照'),
    ],
  };
}

const barred: Eligibility = {
  eligible: false,
  rule: '',
  ruleEn: '',
  evaluatedAt: '2026-12-07T00:00:00Z',
  reasons: [],
  repair: null,
  repairEn: null,
};

const file = (id: string): UploadedFile => ({ id, fileName: `${id}.pdf`, size: 100, sm3: 'ab' });

const run = (state: WizardState, ...actions: WizardAction[]) => actions.reduce(wizardReducer, state);

/** A wizard with the matter picked and its form loaded. */
function opened(mode: WizardMode = 'online', form = applicationForm()): WizardState {
  return run(
    startWizard(mode, '370212', 'key-0'),
    { type: 'matterPicked', matterId: form.matter.id, idempotencyKey: 'key-1' },
    { type: 'formLoaded', form },
  );
}

const choose = (index: number, choice: 'commit' | 'upload'): WizardAction => ({
  type: 'choiceMade',
  index,
  choice,
});
const consent = (index: number): WizardAction => ({ type: 'disclosureMade', index, disclosure: 'consent' });
const refuse = (index: number): WizardAction => ({ type: 'disclosureMade', index, disclosure: 'refuse' });
const uploaded = (index: number, id: string): WizardAction => ({
  type: 'fileUploaded',
  index,
  file: file(id),
});

/** The LS-11 journey's choices: technical refused (so uploaded), insurance committed, the rest uploaded. */
const journey: WizardAction[] = [
  choose(TECHNICAL, 'commit'),
  refuse(TECHNICAL),
  uploaded(TECHNICAL, 'f-technical'),
  choose(INSURANCE, 'commit'),
  consent(INSURANCE),
  choose(DIPLOMA, 'upload'),
  uploaded(DIPLOMA, 'f-diploma'),
  uploaded(LICENCE, 'f-licence'),
];

const counterApplicant: CounterApplicant = {
  kind: 'person',
  name: ' 李秀英 ',
  identifier: ' 37021219900101123x ',
  phone: '  ',
};

describe('choosing per proof (CASE-1, CASE-2, CASE-4)', () => {
  it('waits for a choice on listed proofs; an unlisted proof can only be submitted', () => {
    const state = opened();
    expect(state.drafts.map((d) => d.choice)).toEqual([null, null, null, 'upload']);
  });

  it('does not commit a proof that is not on the list', () => {
    const state = opened();
    expect(run(state, choose(LICENCE, 'commit'))).toBe(state);
    expect(run(state, consent(LICENCE))).toBe(state);
    expect(run(state, choose(9, 'commit'))).toBe(state);
  });

  it('turns a committed disclosure item into an upload when disclosure is refused', () => {
    const state = run(opened(), choose(TECHNICAL, 'commit'), refuse(TECHNICAL));
    expect(state.drafts[TECHNICAL]).toEqual({
      choice: 'upload',
      disclosure: 'refuse',
      file: null,
      facts: {},
    });
    expect(committedProofs(state)).toEqual([]);
    expect(run(state, { type: 'next' }).proofErrors[TECHNICAL]).toEqual({ key: 'proof.needFile' });
    // submitting keeps the refusal; committing again asks for consent anew
    expect(run(state, choose(TECHNICAL, 'upload')).drafts[TECHNICAL]!.disclosure).toBe('refuse');
    expect(run(state, choose(TECHNICAL, 'commit')).drafts[TECHNICAL]).toMatchObject({
      choice: 'commit',
      disclosure: null,
    });
    expect(run(state, consent(TECHNICAL)).drafts[TECHNICAL]).toMatchObject({
      choice: 'commit',
      disclosure: 'consent',
    });
  });

  it('drops a consent when the proof is submitted instead', () => {
    const state = run(opened(), choose(INSURANCE, 'commit'), consent(INSURANCE), choose(INSURANCE, 'upload'));
    expect(state.drafts[INSURANCE]).toEqual({ choice: 'upload', disclosure: null, file: null, facts: {} });
  });

  it('asks no disclosure of an item not on the disclosure list', () => {
    const state = opened();
    expect(run(state, consent(DIPLOMA))).toBe(state);
  });

  it('lets an applicant barred from commitment only submit proofs', () => {
    const state = opened('online', applicationForm('matter-11', barred));
    expect(state.drafts.map((d) => d.choice)).toEqual(['upload', 'upload', 'upload', 'upload']);
    expect(run(state, choose(DIPLOMA, 'commit'))).toBe(state);
  });

  it('takes commitment away, keeping files, once the counter applicant turns out barred', () => {
    const state = run(
      opened('counter'),
      choose(INSURANCE, 'commit'),
      consent(INSURANCE),
      choose(DIPLOMA, 'upload'),
      uploaded(DIPLOMA, 'f-diploma'),
      {
        type: 'formLoaded',
        form: applicationForm('matter-11', barred),
      },
    );
    expect(state.drafts).toEqual([
      { choice: 'upload', disclosure: null, file: null, facts: {} },
      { choice: 'upload', disclosure: null, file: null, facts: {} },
      { choice: 'upload', disclosure: null, file: file('f-diploma'), facts: {} },
      { choice: 'upload', disclosure: null, file: null, facts: {} },
    ]);
  });

  it('chooses anew when the matter answers with other proofs meanwhile', () => {
    const form = applicationForm();
    const changed = { ...form, proofs: form.proofs.slice(1) };
    const state = run(opened(), choose(INSURANCE, 'commit'), { type: 'formLoaded', form: changed });
    expect(state.drafts.map((d) => d.choice)).toEqual([null, null, 'upload']);
  });

  it("clears a proof's complaint as soon as that proof is changed", () => {
    const state = run(opened(), { type: 'next' }, choose(TECHNICAL, 'upload'));
    expect(state.proofErrors[TECHNICAL]).toBeNull();
    expect(state.proofErrors[INSURANCE]).toEqual({ key: 'proof.chooseFirst' });
  });
});

describe('moving through the steps', () => {
  it('reports every open proof when going on without a choice, and stays', () => {
    const state = run(opened(), choose(INSURANCE, 'commit'), { type: 'next' });
    expect(currentStep(state)).toBe('proofs');
    expect(openProofs(state)).toEqual([TECHNICAL, INSURANCE, DIPLOMA, LICENCE]);
    expect(state.proofErrors).toEqual([
      { key: 'proof.chooseFirst' },
      { key: 'proof.chooseDisclosure' },
      { key: 'proof.chooseFirst' },
      { key: 'proof.needFile' },
    ]);
  });

  it('goes from the proofs to the notices, which must be read when something is committed, then to signing', () => {
    let state = run(opened(), ...journey);
    expect(canGoNext(state)).toBe(true);
    state = run(state, { type: 'next' });
    expect(currentStep(state)).toBe('notices');
    expect(state.proofErrors).toEqual([null, null, null, null]);
    state = run(state, { type: 'next' });
    expect(currentStep(state)).toBe('notices');
    expect(state.stepError).toEqual({ key: 'notices.mustRead' });
    state = run(state, { type: 'readChecked', read: true });
    expect(state.stepError).toBeNull();
    state = run(state, { type: 'next' }, { type: 'next' });
    expect(currentStep(state)).toBe('sign');
  });

  it('needs no reading when nothing is committed', () => {
    const state = run(
      opened(),
      ...[TECHNICAL, INSURANCE, DIPLOMA].map((i) => choose(i, 'upload')),
      ...[TECHNICAL, INSURANCE, DIPLOMA, LICENCE].map((i) => uploaded(i, `f-${i}`)),
      { type: 'next' },
      { type: 'next' },
    );
    expect(currentStep(state)).toBe('sign');
  });

  it('goes back a step, forgetting the complaint of the step left', () => {
    let state = run(opened(), ...journey, { type: 'next' }, { type: 'next' });
    expect(state.stepError).not.toBeNull();
    state = run(state, { type: 'prev' });
    expect(currentStep(state)).toBe('proofs');
    expect(state.stepError).toBeNull();
    expect(run(state, { type: 'prev' })).toBe(state);
  });

  it('withdrawing a commitment on going back leaves it to be uploaded and out of the letters', () => {
    let state = run(opened(), ...journey, { type: 'next' }, { type: 'prev' }, choose(INSURANCE, 'upload'));
    expect(committedProofs(state)).toEqual([]);
    expect(openProofs(state)).toEqual([INSURANCE]);
    state = run(state, uploaded(INSURANCE, 'f-insurance'), { type: 'next' }, { type: 'next' });
    expect(currentStep(state)).toBe('sign');
    expect(submissionBody(state, null)?.signature).toBeUndefined();
  });

  it('starts afresh when the matter changes: choices, step, confirmations and the idempotency key', () => {
    const before = run(opened(), ...journey, { type: 'next' }, { type: 'readChecked', read: true });
    const state = run(before, { type: 'matterPicked', matterId: 'matter-29', idempotencyKey: 'key-2' });
    expect(state).toMatchObject({
      matterId: 'matter-29',
      form: null,
      step: 0,
      drafts: [],
      read: false,
      idempotencyKey: 'key-2',
    });
    // the late answer for the matter left behind is not taken for the new one
    expect(run(state, { type: 'formLoaded', form: applicationForm('matter-11') })).toBe(state);
    const loaded = run(state, { type: 'formLoaded', form: applicationForm('matter-29') });
    expect(loaded.drafts.map((d) => d.choice)).toEqual([null, null, null, 'upload']);
  });

  it('keeps the counter applicant when the matter changes', () => {
    const entered = run(opened('counter'), { type: 'applicantEntered', identifier: '37021219900101123X' });
    const state = run(entered, { type: 'matterPicked', matterId: 'matter-29', idempotencyKey: 'key-2' });
    expect(state.counterIdentifier).toBe('37021219900101123X');
    expect(currentStep(state)).toBe('applicant');
  });

  it('forgets the matter when the district changes', () => {
    const state = run(opened(), { type: 'districtPicked', district: '370406' });
    expect(state).toMatchObject({ district: '370406', matterId: null, form: null });
  });
});

describe('submitting (POST /api/cases)', () => {
  const atSign = (mode: WizardMode, ...more: WizardAction[]) =>
    run(
      opened(mode),
      ...(mode === 'counter' ? [{ type: 'applicantEntered', identifier: 'x' } as const] : []),
      ...journey,
      { type: 'next' },
      { type: 'readChecked', read: true },
      { type: 'next' },
      ...more,
    );

  it('sends exactly the chosen commitments and uploads, signed on the platform online', () => {
    const state = atSign('online', { type: 'confirmChecked', confirmed: true });
    expect(submissionBody(state, null)).toEqual({
      administrativeMatterId: 'matter-11',
      submit: true,
      proofs: [
        { proof: '专业技术资格证明', choice: 'upload', disclosure: 'refuse', fileId: 'f-technical' },
        { proof: '社会保险缴纳证明', choice: 'commit', disclosure: 'consent', fileId: null },
        { proof: '学历证明', choice: 'upload', disclosure: null, fileId: 'f-diploma' },
        { proof: '营业执照', choice: 'upload', disclosure: null, fileId: 'f-licence' },
      ],
      signature: { method: 'platform' },
    });
  });

  it('does not send a file uploaded for a proof then committed', () => {
    const state = run(
      opened(),
      ...journey,
      choose(DIPLOMA, 'commit'),
      { type: 'next' },
      { type: 'readChecked', read: true },
      { type: 'next' },
      { type: 'confirmChecked', confirmed: true },
    );
    expect(submissionBody(state, null)?.proofs[DIPLOMA]).toEqual({
      proof: '学历证明',
      choice: 'commit',
      disclosure: null,
      fileId: null,
    });
  });

  it('asks for the signing declaration before anything is sent', () => {
    const state = run(atSign('online'), { type: 'submitStarted' });
    expect(state.stepError).toEqual({ key: 'sign.mustConfirm' });
    expect(state.submitting).toBe(false);
    expect(submissionBody(state, null)).toBeNull();
    const ready = run(state, { type: 'confirmChecked', confirmed: true }, { type: 'submitStarted' });
    expect(ready).toMatchObject({ stepError: null, submitting: true });
  });

  it('asks to confirm applying again when an application for the matter is under way', () => {
    const underWay = {
      ...applicationForm(),
      openApplications: [{ id: 'c-1', caseNo: 'LS-2026-000001', state: 'submitted' as const }],
    };
    const state = run(
      opened('online', underWay),
      ...journey,
      { type: 'next' },
      { type: 'readChecked', read: true },
      { type: 'next' },
      { type: 'confirmChecked', confirmed: true },
      { type: 'submitStarted' },
    );
    expect(state).toMatchObject({ stepError: { key: 'sign.mustConfirmRepeat' }, submitting: false });
    const ready = run(state, { type: 'repeatConfirmed', confirmed: true }, { type: 'submitStarted' });
    expect(ready).toMatchObject({ stepError: null, submitting: true });
  });

  it('at the counter, enters the applicant first and sends the paper signature scan with them', () => {
    const start = opened('counter');
    expect(currentStep(start)).toBe('applicant');
    expect(run(start, { type: 'next' })).toBe(start);
    const entered = run(start, { type: 'applicantEntered', identifier: ' 37021219900101123x ' });
    expect(entered.counterIdentifier).toBe('37021219900101123X');
    expect(currentStep(entered)).toBe('proofs');

    const confirmed = atSign('counter', { type: 'confirmChecked', confirmed: true });
    expect(run(confirmed, { type: 'submitStarted' }).stepError).toEqual({ key: 'sign.paperNeeded' });
    expect(submissionBody(confirmed, counterApplicant)).toBeNull();
    const state = run(confirmed, { type: 'scanUploaded', scan: file('scan') });
    expect(submissionBody(state, counterApplicant)).toMatchObject({
      signature: { method: 'paper', scanFileId: 'scan' },
      applicant: { kind: 'person', name: '李秀英', identifier: '37021219900101123X' },
    });
    expect(submissionBody(state, counterApplicant)?.applicant).not.toHaveProperty('phone');
    expect(
      submissionBody(state, {
        kind: 'organisation',
        name: '某公司',
        identifier: '91370212MA3C000000',
        phone: '13800001234',
        agentName: ' 王五 ',
      })?.applicant,
    ).toEqual({
      kind: 'organisation',
      name: '某公司',
      identifier: '91370212MA3C000000',
      phone: '13800001234',
      agentName: '王五',
    });
  });

  it('online, sends no applicant and needs no scan', () => {
    const state = atSign('online', { type: 'confirmChecked', confirmed: true });
    expect(submissionBody(state, counterApplicant)).not.toHaveProperty('applicant');
  });

  it('sends no signature when nothing is committed', () => {
    const state = run(
      opened(),
      ...[TECHNICAL, INSURANCE, DIPLOMA].map((i) => choose(i, 'upload')),
      ...[TECHNICAL, INSURANCE, DIPLOMA, LICENCE].map((i) => uploaded(i, `f-${i}`)),
      { type: 'next' },
      { type: 'next' },
      { type: 'submitStarted' },
    );
    expect(state.submitting).toBe(true);
    expect(submissionBody(state, null)).not.toHaveProperty('signature');
  });

  it('takes a complaint about one proof back to that proof', () => {
    const state = run(
      atSign('online', { type: 'confirmChecked', confirmed: true }),
      { type: 'submitStarted' },
      {
        type: 'submitFailed',
        field: 'proofs[2].fileId',
        text: '请上传证明材料「学历证明」',
        idempotencyKey: 'key-2',
      },
    );
    expect(currentStep(state)).toBe('proofs');
    expect(state.proofErrors[DIPLOMA]).toEqual({ text: '请上传证明材料「学历证明」' });
    expect(state.stepError).toEqual({ key: 'sign.fixProofs' });
    expect(state).toMatchObject({ submitting: false, idempotencyKey: 'key-1' });
  });

  it('takes a complaint about the proofs as a whole back to the proofs step', () => {
    const state = run(atSign('online', { type: 'confirmChecked', confirmed: true }), {
      type: 'submitFailed',
      field: 'proofs',
      text: '请为证明材料「学历证明」选择承诺或提交材料',
      idempotencyKey: 'key-2',
    });
    expect(currentStep(state)).toBe('proofs');
    expect(state.stepError).toEqual({ text: '请为证明材料「学历证明」选择承诺或提交材料' });
  });

  it('takes a complaint about the counter applicant back to the applicant form', () => {
    const state = run(
      atSign(
        'counter',
        { type: 'confirmChecked', confirmed: true },
        { type: 'scanUploaded', scan: file('scan') },
      ),
      { type: 'submitStarted' },
      {
        type: 'submitFailed',
        field: 'applicant.identifier',
        text: '身份证号校验位不正确',
        idempotencyKey: 'key-2',
      },
    );
    expect(currentStep(state)).toBe('applicant');
    expect(state.applicantError).toEqual({ name: 'identifier', text: '身份证号校验位不正确' });
  });

  it('takes a new idempotency key only when the server refused the key itself', () => {
    const signed = run(atSign('online', { type: 'confirmChecked', confirmed: true }), {
      type: 'submitStarted',
    });
    const failed = (field: string | null) =>
      run(signed, { type: 'submitFailed', field, text: '失败', idempotencyKey: 'key-2' });
    expect(failed('Idempotency-Key')).toMatchObject({ idempotencyKey: 'key-2', stepError: { text: '失败' } });
    expect(failed(null)).toMatchObject({ idempotencyKey: 'key-1', stepError: { text: '失败' } });
    expect(currentStep(failed(null))).toBe('sign');
  });
});

describe('the facts a commitment asserts (CASE-1, VER-2)', () => {
  // Like LS-29's 社会保险缴纳证明: the employer and at least twelve consecutive months.
  const insuranceFacts: AskedFact[] = [
    { key: 'employer', label: '参保单位', labelEn: 'Insured through', type: 'text', required: true },
    {
      key: 'consecutiveMonths',
      label: '连续缴费月数',
      labelEn: 'Consecutive months paid',
      type: 'integer',
      required: true,
      min: 12,
    },
  ];
  const degreeFacts: AskedFact[] = [
    { key: 'school', label: '毕业院校', labelEn: 'School', type: 'text', required: true },
    {
      key: 'level',
      label: '学历层次',
      labelEn: 'Level',
      type: 'choice',
      choices: ['中专', '大专', '本科', '硕士研究生', '博士研究生'],
      required: true,
    },
    {
      key: 'graduationYear',
      label: '毕业年份',
      labelEn: 'Year of graduation',
      type: 'year',
      required: false,
    },
  ];
  const INSURED = 0;
  const DEGREE = 1;
  function factsForm(): ApplicationForm {
    const form = applicationForm('matter-29');
    return {
      ...form,
      proofs: [listed('社会保险缴纳证明', false, insuranceFacts), listed('学历证明', false, degreeFacts)],
    };
  }
  const fact = (index: number, key: string, value: string): WizardAction => ({
    type: 'factEntered',
    index,
    key,
    value,
  });
  const committed = () =>
    run(opened('online', factsForm()), choose(INSURED, 'commit'), choose(DEGREE, 'commit'));

  it('says which required fact is missing, in both languages, before the server does', () => {
    const state = run(committed(), { type: 'next' });
    expect(currentStep(state)).toBe('proofs');
    expect(state.proofErrors[INSURED]).toEqual({
      zh: '请填写承诺事实「参保单位」',
      en: 'Fill in the committed fact "Insured through"',
      fact: 'employer',
    });
    expect(state.proofErrors[DEGREE]).toMatchObject({ zh: '请填写承诺事实「毕业院校」', fact: 'school' });
  });

  it("checks each fact by its type and the matter's least value", () => {
    const state = run(
      committed(),
      fact(INSURED, 'employer', '青岛海洋科技有限公司'),
      fact(INSURED, 'consecutiveMonths', '6'),
      fact(DEGREE, 'school', '中国海洋大学'),
      fact(DEGREE, 'level', '博士'),
      { type: 'next' },
    );
    expect(state.proofErrors[INSURED]).toMatchObject({
      zh: '承诺事实「连续缴费月数」不得少于 12',
      fact: 'consecutiveMonths',
    });
    expect(state.proofErrors[DEGREE]).toMatchObject({ fact: 'level' });
    expect(openProofs(state)).toEqual([INSURED, DEGREE]);
  });

  it('clears the complaint when a fact is typed, and ignores facts the proof does not ask', () => {
    const complained = run(committed(), { type: 'next' });
    expect(run(complained, fact(INSURED, 'employer', 'x')).proofErrors[INSURED]).toBeNull();
    expect(run(complained, fact(INSURED, 'school', 'x'))).toBe(complained);
    expect(run(complained, fact(7, 'employer', 'x'))).toBe(complained);
  });

  it('sends the facts of committed proofs as the server stores them (numbers as numbers), and none of uploads', () => {
    let state = run(
      committed(),
      fact(INSURED, 'employer', ' 青岛海洋科技有限公司 '),
      fact(INSURED, 'consecutiveMonths', '24'),
      fact(DEGREE, 'school', '中国海洋大学'),
      fact(DEGREE, 'level', '硕士研究生'),
    );
    expect(openProofs(state)).toEqual([]);
    state = run(
      state,
      { type: 'next' },
      { type: 'readChecked', read: true },
      { type: 'next' },
      { type: 'confirmChecked', confirmed: true },
    );
    expect(submissionBody(state, null)?.proofs).toEqual([
      {
        proof: '社会保险缴纳证明',
        choice: 'commit',
        disclosure: null,
        fileId: null,
        facts: { employer: '青岛海洋科技有限公司', consecutiveMonths: 24 },
      },
      {
        proof: '学历证明',
        choice: 'commit',
        disclosure: null,
        fileId: null,
        facts: { school: '中国海洋大学', level: '硕士研究生' },
      },
    ]);
    const uploadedInstead = run(state, choose(DEGREE, 'upload'), uploaded(DEGREE, 'f-degree'));
    expect(submissionBody(uploadedInstead, null)?.proofs[DEGREE]).not.toHaveProperty('facts');
  });

  it("takes the server's complaint about one fact back to that fact's field", () => {
    const state = run(opened('online', factsForm()), {
      type: 'submitFailed',
      field: 'proofs[1].facts.level',
      text: '承诺事实「学历层次」须为 中专、大专、本科、硕士研究生、博士研究生 之一',
      idempotencyKey: 'key-2',
    });
    expect(state.proofErrors[DEGREE]).toEqual({
      text: '承诺事实「学历层次」须为 中专、大专、本科、硕士研究生、博士研究生 之一',
      fact: 'level',
    });
  });

  it('quotes the facts in the commitment to sign, after its first paragraph', () => {
    const state = run(
      committed(),
      fact(INSURED, 'employer', '青岛海洋科技有限公司'),
      fact(INSURED, 'consecutiveMonths', '24'),
    );
    const model = {
      title: '证明事项告知承诺书',
      blocks: [
        { kind: 'paragraph' as const, text: '申请人：' },
        { kind: 'paragraph' as const, text: '本人承诺……' },
      ],
    };
    const quoted = commitmentWithFacts(model, state.form!.proofs[INSURED]!, state.drafts[INSURED]!);
    expect(quoted.blocks).toEqual([
      { kind: 'paragraph', text: '申请人：' },
      { kind: 'paragraph', text: '本人承诺以下事实真实、准确：' },
      {
        kind: 'fields',
        rows: [
          { label: '参保单位', value: '青岛海洋科技有限公司' },
          { label: '连续缴费月数', value: '24' },
        ],
      },
      { kind: 'paragraph', text: '本人承诺……' },
    ]);
    expect(commitmentWithFacts(model, state.form!.proofs[DEGREE]!, state.drafts[DEGREE]!)).toBe(model);
  });
});
