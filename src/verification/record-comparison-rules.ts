/**
 * VER-2: compares what an applicant committed with what the data-sharing platform answered, and
 * VER-7: tells the verifier when every difference looks like a slip (a good-faith error).
 * Pure: the verification task stores the answer and this comparison as its evidence.
 */
import { formatDate } from '../common/dates.ts';
import {
  type BusinessLicenceRecord,
  type CommittedFacts,
  type EducationRecord,
  type FactDefinition,
  factDefinition,
  type HouseholdRecord,
  type MatterFact,
  type MatterFacts,
  type QualificationRecord,
  type RecordsByType,
  type RecordType,
  recordTypes,
  type SharedRecordsAnswer,
  type SocialInsuranceRecord,
} from '../common/shared-records.ts';

export type VerificationOutcome = 'true' | 'false' | 'unverifiable'; // 属实 / 不实 / 无法核查
export interface Discrepancy {
  fact: string;
  label: string;
  committed: string;
  recorded: string;
  minor: boolean;
}
export interface Comparison {
  outcome: VerificationOutcome;
  reason: string;
  reasonEn: string;
  discrepancies: Discrepancy[];
  /** every discrepancy is minor: the verifier may judge it a good-faith error (VER-7) */
  goodFaithPossible: boolean;
}

interface Text {
  zh: string;
  en: string;
}
/** Recorded and committed data read the same in both languages. */
const same = (s: string): Text => ({ zh: s, en: s });

type Finding =
  | { kind: 'match' }
  | { kind: 'discrepancy'; recorded: Text; minor: boolean }
  | { kind: 'unverifiable'; why: Text };
const match: Finding = { kind: 'match' };
const differs = (recorded: Text, minor = false): Finding => ({ kind: 'discrepancy', recorded, minor });
const unjudgeable = (why: Text): Finding => ({ kind: 'unverifiable', why });

/** One judged fact: what was committed and what the records say about it. */
interface Judged {
  fact: string;
  label: Text;
  committed: Text;
  finding: Finding;
}

interface Context {
  applicant: { identifier: string; name: string };
  subject: SharedRecordsAnswer['subject'];
  committedOn: string;
  /** Social insurance is paid by month: the commitment's month, `YYYY-MM`. */
  month: string;
}

/** A committed fact the matter declares, with the matter's least value. */
interface Claim {
  def: FactDefinition;
  value: string | number;
  min: number | undefined;
}
type Judge<V> = (view: V, claim: Claim, ctx: Context) => Finding;

/** What people type differently without meaning it: spacing, full-width forms (（）ＡＢＣ１２３), Latin case. */
function normalise(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
const sameText = (a: string, b: string | number | undefined) => normalise(a) === normalise(String(b ?? ''));

/** Levenshtein distance by characters (not UTF-16 units). */
function editDistance(a: string, b: string): number {
  const [x, y] = [[...a], [...b]];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1);
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, substitution);
    }
    previous = row;
  }
  return previous[y.length]!;
}

/** A leading province, city or district ("青岛市", "山东省青岛市崂山区") one text adds to the other. */
const divisionPrefix = /^(?:\p{Script=Han}+?[省市区县] ?)+$/u;

/**
 * VER-7: a typo (one character off, both texts at least 4 characters, so that a short name changed
 * by one character is not waved through) or an address written with its city or district prefix.
 */
function minorTextDifference(a: string, b: string): boolean {
  const [shorter, longer] = [...a].length <= [...b].length ? [a, b] : [b, a];
  if (editDistance(a, b) === 1) return [...shorter].length >= 4;
  return (
    shorter.length > 0 &&
    longer.endsWith(shorter) &&
    divisionPrefix.test(longer.slice(0, longer.length - shorter.length))
  );
}

/** Compares a committed value with the recorded one by the fact's type; only text can differ by a slip. */
function compareValue({ def, value, min }: Claim, recorded: string | number | null): Finding {
  if (recorded === null) {
    return unjudgeable({ zh: `记录未载明${def.label}`, en: `the records do not show the ${def.labelEn}` });
  }
  if (def.type === 'integer') {
    // Integers are amounts held at least (连续缴费月数): committing less than recorded is true, and
    // the matter's least value binds whatever the applicant committed.
    const held = Number(recorded);
    if (min !== undefined && held < min) {
      return differs({ zh: `${held}（事项要求不少于 ${min}）`, en: `${held} (the matter requires ${min})` });
    }
    return Number(value) <= held ? match : differs(same(String(held)));
  }
  if (def.type === 'year')
    return Number(value) === Number(recorded) ? match : differs(same(String(recorded)));
  const [c, r] = [normalise(String(value)), normalise(String(recorded))];
  if (c === r) return match;
  return differs(same(String(recorded)), def.type === 'text' && minorTextDifference(c, r));
}
const field =
  <V>(recorded: (view: V, ctx: Context) => string | number | null): Judge<V> =>
  (view, claim, ctx) =>
    compareValue(claim, recorded(view, ctx));

/** The record (or summary of records) the committed facts are about. */
type Designate<R, V> = (records: R[], committed: CommittedFacts, ctx: Context) => V;
interface Rules<R, V> {
  facts: Record<string, Judge<V>>;
  /** Checks on that record whatever the applicant committed (a licence 吊销, a certificate expired). */
  standing?: (view: V, ctx: Context) => Judged[];
  /** Without facts (old cases): do the records show what the item asks, in force at the commitment? */
  inForce: (records: R[], ctx: Context) => Judged;
}
/** What the matter declares and the applicant committed; null for old cases. */
type Facts = { declared: MatterFact[]; committed: CommittedFacts } | null;
type Check<R> = (records: R[], facts: Facts, ctx: Context) => Judged[];

/** The fact that a record of the type is held at all. */
const held = (type: RecordType, finding: Finding): Judged => ({
  fact: 'records',
  label: { zh: `${recordTypes[type].zh}记录`, en: `${recordTypes[type].en} records` },
  committed: { zh: '有记录', en: 'held' },
  finding,
});

/**
 * Judges each fact the matter declares and the applicant filled (a required fact is enforced when
 * committing). An answer with no records contradicts any commitment about them; with nothing
 * committed the records need only be in force.
 */
function rules<T extends RecordType, V>(
  type: T,
  designate: Designate<RecordsByType[T], V>,
  r: Rules<RecordsByType[T], V>,
): Check<RecordsByType[T]> {
  return (records, facts, ctx) => {
    if (records.length === 0) return [held(type, differs({ zh: '无记录', en: 'none' }))];
    const claims = (facts?.declared ?? []).flatMap((f): Claim[] => {
      const value = facts?.committed[f.key];
      if (value === undefined || value === '') return [];
      const def = factDefinition(type, f.key);
      if (!def) throw new Error(`${type} has no fact ${f.key}`);
      return [{ def, value, min: f.min }];
    });
    if (!facts || claims.length === 0) return [r.inForce(records, ctx)];
    const view = designate(records, facts.committed, ctx);
    return [
      ...claims.map(({ def, value, min }) => {
        const judge = r.facts[def.key];
        if (!judge) throw new Error(`no comparison for ${type} ${def.key}`);
        return {
          fact: def.key,
          label: { zh: def.label, en: def.labelEn },
          committed: same(String(value)),
          finding: judge(view, { def, value, min }, ctx),
        };
      }),
      ...(r.standing?.(view, ctx) ?? []),
    ];
  };
}

const pickBy = <R>(records: R[], matches: (record: R) => boolean) => records.find(matches) ?? records[0]!;
const first = <R>(records: R[]) => records[0]!;
const byCertificate = <R extends { certificateNo: string }>(records: R[], committed: CommittedFacts) =>
  pickBy(records, (r) => sameText(r.certificateNo, committed.certificateNo));
/** The degree the applicant means: the most of school and level in common, the first on a tie. */
const mostAlike = (records: EducationRecord[], committed: CommittedFacts) => {
  const score = (r: EducationRecord) =>
    Number(sameText(r.school, committed.school)) + Number(sameText(r.level, committed.level));
  return records.reduce((best, r) => (score(r) > score(best) ? r : best));
};
const byCreditCode = (records: BusinessLicenceRecord[], committed: CommittedFacts) =>
  pickBy(records, (r) => sameText(r.creditCode, committed.creditCode));
const anyRecordHeld = (type: RecordType) => () => held(type, match);

// 户籍 ----------------------------------------------------------------------------------------------

/**
 * The register states each person's relation to the head of household. When the applicant is the
 * head, that is the person's relation to the applicant; any word not listed counts as 其他.
 */
const relationOfTerm: Record<string, string> = {
  户主: '本人',
  配偶: '配偶',
  妻: '配偶',
  夫: '配偶',
  子女: '子女',
  子: '子女',
  女: '子女',
  长子: '子女',
  次子: '子女',
  长女: '子女',
  次女: '子女',
  父母: '父母',
  父: '父母',
  母: '父母',
  兄弟姐妹: '兄弟姐妹',
  兄: '兄弟姐妹',
  弟: '兄弟姐妹',
  姐: '兄弟姐妹',
  妹: '兄弟姐妹',
};

const relation: Judge<HouseholdRecord> = (record, claim, ctx) => {
  const committed = normalise(String(claim.value));
  // 本人 exactly when the record asked for is the applicant's own.
  const own = sameText(ctx.subject.identifier, ctx.applicant.identifier);
  if (own || committed === '本人') {
    if (own && committed === '本人') return match;
    return differs(own ? { zh: '本人', en: 'the applicant' } : { zh: '非本人', en: 'another person' });
  }
  if (!sameText(record.headIdentifier, ctx.applicant.identifier)) {
    return unjudgeable({
      zh: '户籍记录只载明与户主的关系，申请人不是该户户主',
      en: 'the register shows relations to the head of household only, and the applicant is not the head',
    });
  }
  const shown = relationOfTerm[record.relationToHead] ?? '其他';
  if (shown === committed) return match;
  return differs({
    zh: `${shown}（与户主关系：${record.relationToHead}）`,
    en: `${shown} (relation to the head: ${record.relationToHead})`,
  });
};

/** A death is recorded as a cancellation for 死亡, on the date of death. */
const deceasedOn: Judge<HouseholdRecord> = (record, claim) => {
  if (record.status === 'active') return differs({ zh: '在册（未注销）', en: 'registered (not cancelled)' });
  if (record.cancelReason === '死亡') return compareValue(claim, record.cancelledOn);
  if (record.cancelReason === null) {
    return unjudgeable({
      zh: '户籍已注销，注销原因未载明',
      en: 'the registration is cancelled for no stated reason',
    });
  }
  return differs({ zh: `已注销（${record.cancelReason}）`, en: `cancelled (${record.cancelReason})` });
};

// The service answers for the person asked about: their own registration.
const household = rules('household', first, {
  facts: {
    subjectIdentifier: field((_, ctx) => ctx.subject.identifier),
    subjectName: field((record) => record.name),
    relation,
    address: field((record) => record.address),
    deceasedOn,
  },
  inForce: (records) => {
    const { status, cancelReason } = first(records);
    return {
      fact: 'status',
      label: { zh: '户籍状态', en: 'Registration status' },
      committed: { zh: '在册', en: 'registered' },
      finding:
        status === 'active'
          ? match
          : differs({
              zh: `已注销（${cancelReason ?? '原因未载明'}）`,
              en: `cancelled (${cancelReason ?? 'no reason stated'})`,
            }),
    };
  },
});

// 社会保险 ------------------------------------------------------------------------------------------

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

interface Contributions {
  employer: string;
  consecutiveMonths: number;
  covering: SocialInsuranceRecord[];
  latest: SocialInsuranceRecord;
}

/**
 * As at the commitment's month: the employer is that of the spell covering the month (the one the
 * applicant named, if several), else of the latest spell begun by then. The run counts the months
 * paid without a gap up to the last paid month at or before the commitment; spells that touch or
 * overlap continue it whoever paid, and months paid after the commitment do not count.
 */
function contributions(
  spells: SocialInsuranceRecord[],
  committed: CommittedFacts,
  month: string,
): Contributions {
  const now = monthIndex(month);
  const covering = spells.filter((s) => monthIndex(s.from) <= now && now <= monthIndex(s.to));
  const begun = spells.filter((s) => monthIndex(s.from) <= now);
  const latest = (begun.length ? begun : spells).reduce((a, b) =>
    monthIndex(b.to) > monthIndex(a.to) ? b : a,
  );
  const paid = new Set<number>();
  for (const s of spells)
    for (let m = monthIndex(s.from); m <= Math.min(monthIndex(s.to), now); m++) paid.add(m);
  const end = Math.max(...paid);
  let run = 0;
  while (paid.has(end - run)) run++;
  const named = covering.find((s) => sameText(s.employer, committed.employer));
  return { employer: (named ?? covering[0] ?? latest).employer, consecutiveMonths: run, covering, latest };
}

const socialInsurance = rules(
  'social-insurance',
  (spells, committed, ctx) => contributions(spells, committed, ctx.month),
  {
    facts: {
      employer: field((c) => c.employer),
      consecutiveMonths: field((c) => c.consecutiveMonths),
    },
    inForce: (spells, ctx) => {
      const { covering, latest } = contributions(spells, {}, ctx.month);
      return {
        fact: 'paying',
        label: { zh: '参保缴费', en: 'Contributions' },
        committed: { zh: `${ctx.month} 在缴`, en: `paid for ${ctx.month}` },
        finding: covering.length
          ? match
          : differs({ zh: `最近缴费至 ${latest.to}`, en: `last paid for ${latest.to}` }),
      };
    },
  },
);

// 营业执照, 执业资格: standing that no commitment can make true ---------------------------------------

const licenceStatus = (record: BusinessLicenceRecord): Judged => ({
  fact: 'status',
  label: { zh: '登记状态', en: 'Registration status' },
  committed: same('存续'),
  finding: record.status === '存续' ? match : differs(same(record.status)),
});

const valid = (record: QualificationRecord, on: string) =>
  record.validUntil === null || record.validUntil >= on;
const validity = (record: QualificationRecord, ctx: Context): Judged => ({
  fact: 'validUntil',
  label: { zh: '有效期至', en: 'Valid until' },
  committed: {
    zh: `${formatDate(ctx.committedOn)}仍有效`,
    en: `valid on ${formatDate(ctx.committedOn, 'en')}`,
  },
  finding: valid(record, ctx.committedOn) ? match : differs(same(record.validUntil ?? '')),
});

// ----------------------------------------------------------------------------------------------------

const checks: { [T in RecordType]: Check<RecordsByType[T]> } = {
  household,
  marriage: rules('marriage', first, {
    facts: { status: field((r) => r.status), spouseName: field((r) => r.spouseName) },
    inForce: anyRecordHeld('marriage'),
  }),
  education: rules('education', mostAlike, {
    facts: {
      school: field((r) => r.school),
      major: field((r) => r.major),
      graduationYear: field((r) => r.graduationYear),
      level: field((r) => r.level),
    },
    inForce: anyRecordHeld('education'),
  }),
  'social-insurance': socialInsurance,
  // Any record held contradicts the commitment; facts add nothing to that.
  'criminal-record': (records) => [
    {
      fact: 'criminalRecord',
      label: { zh: '犯罪记录', en: 'Criminal record' },
      committed: { zh: '无犯罪记录', en: 'none' },
      finding: records.length ? differs(same(records.map((r) => r.offence).join('、'))) : match,
    },
  ],
  'business-licence': rules('business-licence', byCreditCode, {
    facts: {
      name: field((r) => r.name),
      creditCode: field((r) => r.creditCode),
      address: field((r) => r.address),
    },
    standing: (record) => [licenceStatus(record)],
    inForce: (records) => licenceStatus(pickBy(records, (r) => r.status === '存续')),
  }),
  'real-estate': rules('real-estate', byCertificate, {
    facts: { certificateNo: field((r) => r.certificateNo), location: field((r) => r.location) },
    inForce: anyRecordHeld('real-estate'),
  }),
  qualification: rules('qualification', byCertificate, {
    facts: { qualification: field((r) => r.qualification), certificateNo: field((r) => r.certificateNo) },
    standing: (record, ctx) => [validity(record, ctx)],
    inForce: (records, ctx) =>
      validity(
        pickBy(records, (r) => valid(r, ctx.committedOn)),
        ctx,
      ),
  }),
};

function check<T extends RecordType>(answer: SharedRecordsAnswer<T>, facts: Facts, ctx: Context): Judged[] {
  const judge: Check<RecordsByType[T]> = checks[answer.recordType];
  return judge(answer.records, facts, ctx);
}

/**
 * Any discrepancy makes the commitment untrue (不实); otherwise a fact the records cannot show leaves
 * it unverifiable (无法核查); otherwise it is true (属实).
 */
export function compareWithRecords(input: {
  matterFacts: MatterFacts | null;
  committed: CommittedFacts | null;
  answer: SharedRecordsAnswer;
  applicant: { identifier: string; name: string };
  committedOn: string;
}): Comparison {
  const { matterFacts, committed, answer, applicant, committedOn } = input;
  const kind = recordTypes[answer.recordType];
  // Holding nothing of the type is not an answer of "none": nothing can be checked.
  if (!answer.found) {
    return {
      outcome: 'unverifiable',
      reason: `共享平台无该类记录（${kind.zh}）`,
      reasonEn: `The sharing platform holds no such record (${kind.en})`,
      discrepancies: [],
      goodFaithPossible: false,
    };
  }
  if (matterFacts && matterFacts.recordType !== answer.recordType) {
    throw new Error(
      `the matter's facts are about ${matterFacts.recordType}, the answer about ${answer.recordType}`,
    );
  }
  const facts = matterFacts && committed ? { declared: matterFacts.facts, committed } : null;
  const ctx = { applicant, subject: answer.subject, committedOn, month: committedOn.slice(0, 7) };
  const judged = check(answer, facts, ctx);

  const discrepant = judged.flatMap((j) =>
    j.finding.kind === 'discrepancy' ? [{ ...j, finding: j.finding }] : [],
  );
  const unjudged = judged.flatMap((j) =>
    j.finding.kind === 'unverifiable' ? [{ ...j, finding: j.finding }] : [],
  );
  const discrepancies = discrepant.map((d) => ({
    fact: d.fact,
    label: d.label.zh,
    committed: d.committed.zh,
    recorded: d.finding.recorded.zh,
    minor: d.finding.minor,
  }));
  const whyNot = {
    zh: unjudged.map((u) => `${u.label.zh}：${u.finding.why.zh}`),
    en: unjudged.map((u) => `${u.label.en}: ${u.finding.why.en}`),
  };
  if (discrepant.length) {
    const zh = discrepant.map((d) => `${d.label.zh}：承诺 ${d.committed.zh}，记录 ${d.finding.recorded.zh}`);
    const en = discrepant.map(
      (d) => `${d.label.en}: committed ${d.committed.en}, recorded ${d.finding.recorded.en}`,
    );
    return {
      outcome: 'false',
      reason: [`与共享数据不一致：${zh.join('；')}`, ...whyNot.zh.map((w) => `无法核查 ${w}`)].join('；'),
      reasonEn: [
        `Differs from the shared data: ${en.join('; ')}`,
        ...whyNot.en.map((w) => `cannot check ${w}`),
      ].join('; '),
      discrepancies,
      goodFaithPossible: discrepancies.every((d) => d.minor),
    };
  }
  if (unjudged.length) {
    return {
      outcome: 'unverifiable',
      reason: `无法核查：${whyNot.zh.join('；')}`,
      reasonEn: `Cannot be checked: ${whyNot.en.join('; ')}`,
      discrepancies: [],
      goodFaithPossible: false,
    };
  }
  return {
    outcome: 'true',
    reason: `与共享数据一致（${kind.zh}：${judged.map((j) => j.label.zh).join('、')}）`,
    reasonEn: `Matches the shared data (${kind.en}: ${judged.map((j) => j.label.en).join(', ')})`,
    discrepancies: [],
    goodFaithPossible: false,
  };
}
