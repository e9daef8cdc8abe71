// VER-2: a commitment compared with the data-sharing platform's answer is 属实, 不实 or 无法核查;
// VER-7: a difference that is only a slip (a typo, a city prefix) lets the verifier judge good faith.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CommittedFacts,
  type FactDefinition,
  factDefinition,
  type MatterFacts,
  type RecordsByType,
  type RecordType,
  type SharedRecordsAnswer,
  type SocialInsuranceRecord,
} from '../common/shared-records.ts';
import { compareWithRecords } from './record-comparison-rules.ts';

const applicant = { identifier: '110105198803150018', name: '王海涛' };

const answer = <T extends RecordType>(
  recordType: T,
  records: RecordsByType[T][],
  subject = applicant.identifier,
): SharedRecordsAnswer => ({
  requestId: 'req-20260320-0001',
  answeredAt: '2026-03-20T02:00:00Z',
  recordType,
  subject: { identifier: subject, name: null },
  found: true,
  records,
  source: '山东省政务数据共享交换平台',
});

/** The matter declares the named facts, with no bounds. */
const declaring = (recordType: RecordType, keys: string[]): MatterFacts => ({
  recordType,
  facts: keys.map((key) => ({ key, required: true })),
});

const compare = (
  a: SharedRecordsAnswer,
  committed: CommittedFacts | null,
  { committedOn = '2026-03-16', matterFacts }: { committedOn?: string; matterFacts?: MatterFacts } = {},
) =>
  compareWithRecords({
    matterFacts: committed ? (matterFacts ?? declaring(a.recordType, Object.keys(committed))) : null,
    committed,
    answer: a,
    applicant,
    committedOn,
  });

const degree = {
  school: '中国海洋大学',
  major: '计算机科学与技术',
  level: '本科' as const,
  graduationYear: 2019,
  certificateNo: '104231201905002156',
};

const licence = {
  name: '青岛海蓝软件科技有限公司',
  creditCode: '91370212MA3C4XYZ7K',
  legalRepresentative: '王海涛',
  address: '山东省青岛市崂山区松岭路169号',
  scope: '软件开发',
  status: '存续' as const,
};

describe('VER-2 comparison by record type', () => {
  it('VER-2 education: the degree the facts name is compared fact by fact', () => {
    const records = [
      degree,
      {
        ...degree,
        school: '青岛大学',
        level: '硕士研究生' as const,
        graduationYear: 2022,
        major: '软件工程',
      },
    ];
    const master = { school: '青岛大学', level: '硕士研究生', graduationYear: 2022, major: '软件工程' };
    expect(compare(answer('education', records), master)).toMatchObject({
      outcome: 'true',
      reason: '与共享数据一致（学历学位：毕业院校、学历层次、毕业年份、专业）',
    });
    const wrongYear = compare(answer('education', records), {
      school: '中国海洋大学',
      level: '本科',
      graduationYear: 2020,
    });
    expect(wrongYear).toMatchObject({
      outcome: 'false',
      discrepancies: [{ fact: 'graduationYear', committed: '2020', recorded: '2019', minor: false }],
      goodFaithPossible: false,
    });
    expect(wrongYear.reason).toContain('毕业年份：承诺 2020，记录 2019');
    expect(wrongYear.reasonEn).toContain('Year of graduation: committed 2020, recorded 2019');
  });

  it('VER-2 household: 本人 only for the applicant’s own record; relations read from the head of household', () => {
    const own = { ...spouseRecord(), name: '王海涛', relationToHead: '户主' };
    expect(compare(answer('household', [own]), { relation: '本人', subjectName: '王海涛' }).outcome).toBe(
      'true',
    );
    const spouse = answer('household', [spouseRecord()], '370202199005061228');
    expect(compare(spouse, { relation: '配偶', subjectName: '李静' }).outcome).toBe('true');
    expect(compare(spouse, { relation: '本人' }).discrepancies[0]).toMatchObject({ recorded: '非本人' });
    expect(compare(spouse, { relation: '子女' }).discrepancies[0]).toMatchObject({
      fact: 'relation',
      recorded: '配偶（与户主关系：妻）',
    });
    // The applicant's late father heads his own household: the register cannot show the relation.
    const father = answer(
      'household',
      [
        {
          name: '王建国',
          address: '青岛市市南区香港中路10号',
          headIdentifier: '370202195501011234',
          relationToHead: '户主',
          status: 'cancelled',
          cancelReason: '死亡',
          cancelledOn: '2025-11-02',
        },
      ],
      '370202195501011234',
    );
    const late = compare(father, { relation: '父母', subjectName: '王建国', deceasedOn: '2025-11-02' });
    expect(late.outcome).toBe('unverifiable');
    expect(late.reason).toContain('与申请人关系：户籍记录只载明与户主的关系');
    expect(compare(father, { subjectName: '王建国', deceasedOn: '2025-11-02' }).outcome).toBe('true');
    expect(compare(father, { deceasedOn: '2025-11-20' }).discrepancies[0]).toMatchObject({
      fact: 'deceasedOn',
      recorded: '2025-11-02',
    });
  });

  it('VER-2 household: a death committed while the person is still registered is untrue', () => {
    const result = compare(answer('household', [spouseRecord()], '370202199005061228'), {
      deceasedOn: '2025-11-02',
    });
    expect(result.outcome).toBe('false');
    expect(result.discrepancies).toEqual([
      {
        fact: 'deceasedOn',
        label: '死亡日期',
        committed: '2025-11-02',
        recorded: '在册（未注销）',
        minor: false,
      },
    ]);
  });

  it('VER-2 marriage: status and spouse; a spouse the record does not name cannot be checked', () => {
    const married = answer('marriage', [
      {
        status: '已婚',
        spouseName: '李静',
        spouseIdentifier: '370202199005061228',
        registeredOn: '2018-10-01',
      },
    ]);
    expect(compare(married, { status: '已婚', spouseName: '李静' }).outcome).toBe('true');
    expect(compare(married, { status: '离婚' }).discrepancies[0]).toMatchObject({ recorded: '已婚' });
    const unnamed = answer('marriage', [
      { status: '已婚', spouseName: null, spouseIdentifier: null, registeredOn: null },
    ]);
    expect(compare(unnamed, { status: '已婚', spouseName: '李静' })).toMatchObject({
      outcome: 'unverifiable',
      reason: '无法核查：配偶姓名：记录未载明配偶姓名',
    });
    // A fact that cannot be judged does not hide one that is wrong.
    const both = compare(unnamed, { status: '未婚', spouseName: '李静' });
    expect(both.outcome).toBe('false');
    expect(both.reason).toContain('无法核查 配偶姓名');
  });

  const spells: SocialInsuranceRecord[] = [
    { employer: '青岛海信电器股份有限公司', from: '2020-01', to: '2020-10' },
    { employer: '青岛啤酒股份有限公司', from: '2022-01', to: '2023-06' },
    { employer: '青岛海尔智家股份有限公司', from: '2023-07', to: '2026-12' },
  ];
  it('VER-2 social insurance: the run continues across employers, stops at a gap and at the commitment', () => {
    // 2022-01 … 2026-03: 51 months, the 2020 spell is cut off by the gap of 2020-11 … 2021-12.
    const insured = answer('social-insurance', spells);
    expect(compare(insured, { employer: '青岛海尔智家股份有限公司', consecutiveMonths: 51 }).outcome).toBe(
      'true',
    );
    expect(compare(insured, { consecutiveMonths: 24 }).outcome).toBe('true');
    expect(compare(insured, { consecutiveMonths: 52 }).discrepancies).toEqual([
      { fact: 'consecutiveMonths', label: '连续缴费月数', committed: '52', recorded: '51', minor: false },
    ]);
    // Committed in 2023-05, the run was 17 months and the employer 青岛啤酒.
    expect(
      compare(
        insured,
        { employer: '青岛啤酒股份有限公司', consecutiveMonths: 17 },
        { committedOn: '2023-05-31' },
      ).outcome,
    ).toBe('true');
    // After the last spell ended: the employer of the latest spell, the run up to its end.
    const ended = answer('social-insurance', spells.slice(0, 2));
    expect(compare(ended, { employer: '青岛啤酒股份有限公司', consecutiveMonths: 18 }).outcome).toBe('true');
  });

  it('VER-2 social insurance: the matter’s least months bind even when the applicant committed fewer', () => {
    const short = answer('social-insurance', [
      { employer: '青岛海尔智家股份有限公司', from: '2025-08', to: '2026-03' },
    ]);
    const matterFacts: MatterFacts = {
      recordType: 'social-insurance',
      facts: [{ key: 'consecutiveMonths', required: true, min: 12 }],
    };
    expect(compare(short, { consecutiveMonths: 6 }, { matterFacts }).discrepancies).toEqual([
      {
        fact: 'consecutiveMonths',
        label: '连续缴费月数',
        committed: '6',
        recorded: '8（事项要求不少于 12）',
        minor: false,
      },
    ]);
  });

  it('VER-2 criminal record: any record held is untrue, none is true', () => {
    expect(compare(answer('criminal-record', []), {})).toMatchObject({ outcome: 'true' });
    const held = compare(
      answer('criminal-record', [
        { offence: '危险驾驶罪', judgedOn: '2021-06-18', court: '青岛市崂山区人民法院' },
      ]),
      {},
    );
    expect(held.discrepancies).toEqual([
      {
        fact: 'criminalRecord',
        label: '犯罪记录',
        committed: '无犯罪记录',
        recorded: '危险驾驶罪',
        minor: false,
      },
    ]);
  });

  it('VER-2 business licence: the licence with the committed credit code; a revoked one is untrue', () => {
    const other = { ...licence, name: '青岛海蓝餐饮管理有限公司', creditCode: '91370212MA3D1ABC2Q' };
    const two = answer('business-licence', [other, licence]);
    expect(compare(two, { name: licence.name, creditCode: '91370212ma3c4xyz7k' }).outcome).toBe('true');
    const revoked = compare(answer('business-licence', [{ ...licence, status: '吊销' }]), {
      name: licence.name,
    });
    expect(revoked.discrepancies).toEqual([
      { fact: 'status', label: '登记状态', committed: '存续', recorded: '吊销', minor: false },
    ]);
  });

  it('VER-2 real estate and qualification: by certificate number; an expired certificate is untrue', () => {
    const flat = answer('real-estate', [
      {
        certificateNo: '鲁(2021)青岛市不动产权第0012345号',
        location: '崂山区海尔路1号3号楼2单元501户',
        owner: '王海涛',
        use: '住宅',
      },
    ]);
    expect(
      compare(flat, {
        certificateNo: '鲁（2021）青岛市不动产权第0012345号',
        location: '崂山区海尔路1号3号楼2单元501户',
      }).outcome,
    ).toBe('true');
    const lawyer = answer('qualification', [
      { qualification: '律师执业证', certificateNo: '13702201810123456', validUntil: '2026-05-31' },
      { qualification: '法律职业资格证书', certificateNo: 'A20163702120456', validUntil: null },
    ]);
    expect(
      compare(lawyer, { certificateNo: 'A20163702120456', qualification: '法律职业资格证书' }).outcome,
    ).toBe('true');
    expect(compare(lawyer, { certificateNo: '13702201810123456' }).outcome).toBe('true');
    expect(
      compare(lawyer, { certificateNo: '13702201810123456' }, { committedOn: '2026-06-01' }).discrepancies,
    ).toEqual([
      {
        fact: 'validUntil',
        label: '有效期至',
        committed: '2026年6月1日仍有效',
        recorded: '2026-05-31',
        minor: false,
      },
    ]);
  });

  it('VER-2 an answer of "none" held contradicts a commitment about the records', () => {
    expect(compare(answer('education', []), { school: '中国海洋大学' }).discrepancies).toEqual([
      { fact: 'records', label: '学历学位记录', committed: '有记录', recorded: '无记录', minor: false },
    ]);
  });

  it('VER-2 a service that holds nothing of the type leaves the commitment unverifiable', () => {
    expect(compare({ ...answer('education', []), found: false }, { school: '中国海洋大学' })).toEqual({
      outcome: 'unverifiable',
      reason: '共享平台无该类记录（学历学位）',
      reasonEn: 'The sharing platform holds no such record (Education and degrees)',
      discrepancies: [],
      goodFaithPossible: false,
    });
  });
});

describe('VER-2 old cases without facts: the records must be in force at the commitment', () => {
  const cases: { name: string; answered: SharedRecordsAnswer; outcome: 'true' | 'false' }[] = [
    { name: 'licence 存续', answered: answer('business-licence', [licenceOf('存续')]), outcome: 'true' },
    { name: 'licence 注销', answered: answer('business-licence', [licenceOf('注销')]), outcome: 'false' },
    {
      name: 'qualification valid on the day',
      answered: answer('qualification', [certificate('2026-03-16')]),
      outcome: 'true',
    },
    {
      name: 'qualification expired the day before',
      answered: answer('qualification', [certificate('2026-03-15')]),
      outcome: 'false',
    },
    {
      name: 'qualification without end',
      answered: answer('qualification', [certificate(null)]),
      outcome: 'true',
    },
    { name: 'household registered', answered: answer('household', [spouseRecord()]), outcome: 'true' },
    {
      name: 'household moved away',
      answered: answer('household', [
        { ...spouseRecord(), status: 'cancelled', cancelReason: '迁出', cancelledOn: '2024-01-05' },
      ]),
      outcome: 'false',
    },
    {
      name: 'insurance paid for the month',
      answered: answer('social-insurance', [paidUntil('2026-03')]),
      outcome: 'true',
    },
    {
      name: 'insurance lapsed',
      answered: answer('social-insurance', [paidUntil('2026-02')]),
      outcome: 'false',
    },
    { name: 'no criminal record', answered: answer('criminal-record', []), outcome: 'true' },
    { name: 'a degree held', answered: answer('education', [degree]), outcome: 'true' },
    { name: 'no degree', answered: answer('education', []), outcome: 'false' },
  ];
  it.each(cases)('VER-2 $name → $outcome', ({ answered, outcome }) => {
    expect(compare(answered, null).outcome).toBe(outcome);
    // Facts declared but none filled in: the same.
    expect(compare(answered, {}, { matterFacts: declaring(answered.recordType, []) }).outcome).toBe(outcome);
  });
  it('VER-2 the reason says why not', () => {
    const lapsed = compare(
      answer('social-insurance', [{ employer: '青岛啤酒股份有限公司', from: '2024-01', to: '2025-12' }]),
      null,
    );
    expect(lapsed.reason).toBe('与共享数据不一致：参保缴费：承诺 2026-03 在缴，记录 最近缴费至 2025-12');
  });
});

describe('VER-7 minor differences: the verifier may judge a good-faith error', () => {
  const flat = (location: string) =>
    answer('real-estate', [
      { certificateNo: '鲁(2021)青岛市不动产权第0012345号', location, owner: '王海涛', use: '住宅' },
    ]);
  it('VER-7 an address with or without its city or district prefix', () => {
    const result = compare(flat('青岛市崂山区海尔路1号'), { location: '崂山区海尔路1号' });
    expect(result).toMatchObject({ outcome: 'false', goodFaithPossible: true });
    expect(compare(flat('海尔路1号'), { location: '山东省青岛市崂山区海尔路1号' }).goodFaithPossible).toBe(
      true,
    );
    expect(compare(flat('崂山区海尔路1号'), { location: '崂山区海尔路11号' }).goodFaithPossible).toBe(true);
    expect(compare(flat('崂山区海尔路1号'), { location: '市南区海尔路1号' }).goodFaithPossible).toBe(false);
  });
  it('VER-7 one character off in a short name is not a slip; in a longer text it is', () => {
    const spouse = answer('household', [spouseRecord()], '370202199005061228');
    expect(compare(spouse, { subjectName: '李晶' }).goodFaithPossible).toBe(false);
    expect(compare(answer('education', [degree]), { school: '中国海样大学' })).toMatchObject({
      outcome: 'false',
      goodFaithPossible: true,
    });
  });
  it('VER-7 a slip next to a real discrepancy is not good faith', () => {
    const result = compare(answer('education', [degree]), { school: '中国海样大学', graduationYear: 2018 });
    expect(result.discrepancies.map((d) => d.minor)).toEqual([true, false]);
    expect(result.goodFaithPossible).toBe(false);
  });
});

function spouseRecord(): RecordsByType['household'] {
  return {
    name: '李静',
    address: '山东省青岛市崂山区海尔路1号',
    headIdentifier: applicant.identifier,
    relationToHead: '妻',
    status: 'active',
    cancelReason: null,
    cancelledOn: null,
  };
}
function certificate(validUntil: string | null): RecordsByType['qualification'] {
  return { qualification: '注册会计师', certificateNo: '370200010012', validUntil };
}
function paidUntil(to: string): SocialInsuranceRecord {
  return { employer: '青岛啤酒股份有限公司', from: '2024-01', to };
}
function licenceOf(status: '存续' | '注销'): RecordsByType['business-licence'] {
  return { ...licence, status };
}

// Properties ------------------------------------------------------------------------------------------

const run = { numRuns: 300, interruptAfterTimeLimit: 2000 };
const hanUnits = [...'青岛市崂山区海尔路号大学软件工程有限公司张王李明华东西南北中学院科技'];
const text = fc.string({
  unit: fc.constantFrom(...hanUnits, ...'0123456789ABCX'),
  minLength: 2,
  maxLength: 12,
});
const identifier = fc.stringMatching(/^37\d{15}[\dX]$/);
const dayOf = (offset: number) =>
  new Date(Date.UTC(1990, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
const date = fc.integer({ min: 0, max: 13_000 }).map(dayOf);
const committedDay = fc.integer({ min: 12_400, max: 13_400 }); // 2023-12-14 … 2026-09-09
const committedOnArb = committedDay.map(dayOf);
const choice = (recordType: RecordType, key: string) =>
  fc.constantFrom(...factDefinition(recordType, key)!.choices!);

/** A commitment, the answer built from it, and what the records hold of an integer fact. */
interface Scenario {
  committed: CommittedFacts;
  matterFacts: MatterFacts;
  answer: SharedRecordsAnswer;
  committedOn: string;
  recordedMonths?: number;
}

const month = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
/** A word of the register for each relation when the applicant is the head of household. */
const termFor: Record<string, string> = {
  配偶: '夫',
  子女: '长女',
  父母: '母',
  兄弟姐妹: '弟',
  其他: '侄子',
};

/** Facts and the records that show them, per record type with facts. */
const built: Record<
  Exclude<RecordType, 'criminal-record'>,
  fc.Arbitrary<Omit<Scenario, 'matterFacts' | 'committedOn'> & { committedOn?: string }>
> = {
  household: fc
    .record({
      subjectIdentifier: identifier,
      subjectName: text,
      relation: choice('household', 'relation'),
      address: text,
      deceasedOn: fc.option(date, { nil: undefined }),
    })
    .map((f) => {
      const own = f.relation === '本人';
      const subjectIdentifier = own ? applicant.identifier : f.subjectIdentifier;
      const { deceasedOn, ...facts } = f;
      return {
        committed: { ...facts, subjectIdentifier, ...(deceasedOn ? { deceasedOn } : {}) },
        answer: answer(
          'household',
          [
            {
              name: f.subjectName,
              address: f.address,
              headIdentifier: own ? f.subjectIdentifier : applicant.identifier,
              relationToHead: own ? '子' : termFor[f.relation]!,
              status: deceasedOn ? 'cancelled' : 'active',
              cancelReason: deceasedOn ? '死亡' : null,
              cancelledOn: deceasedOn ?? null,
            },
          ],
          subjectIdentifier,
        ),
      };
    }),
  marriage: fc.record({ status: choice('marriage', 'status'), spouseName: text }).map((f) => ({
    committed: f,
    answer: answer('marriage', [
      {
        status: f.status as RecordsByType['marriage']['status'],
        spouseName: f.spouseName,
        spouseIdentifier: null,
        registeredOn: null,
      },
    ]),
  })),
  education: fc
    .record({
      school: text,
      major: text,
      graduationYear: fc.integer({ min: 1980, max: 2026 }),
      level: choice('education', 'level'),
    })
    .map((f) => ({
      committed: f,
      answer: answer('education', [
        { ...f, level: f.level as RecordsByType['education']['level'], certificateNo: '104231201905002156' },
      ]),
    })),
  // Up to two touching spells ending `gap` months before the commitment, an older spell before a
  // gap, and a spell begun after the commitment; the applicant commits at most the run.
  'social-insurance': fc
    .record({
      employer: text,
      months: fc.integer({ min: 1, max: 240 }),
      firstPart: fc.nat(),
      gap: fc.integer({ min: 0, max: 6 }),
      older: fc.boolean(),
      later: fc.boolean(),
      committedPart: fc.nat(),
      committedOn: committedOnArb,
    })
    .map((f) => {
      const end = monthIndex(f.committedOn) - f.gap;
      const start = end - f.months + 1;
      const split = start + (f.firstPart % f.months);
      const records: SocialInsuranceRecord[] = [
        ...(f.older ? [{ employer: '青岛港集团', from: month(start - 30), to: month(start - 2) }] : []),
        ...(split > start
          ? [{ employer: '青岛啤酒股份有限公司', from: month(start), to: month(split - 1) }]
          : []),
        { employer: f.employer, from: month(split), to: month(end) },
        ...(f.later
          ? [{ employer: '青岛地铁集团', from: month(end + f.gap + 1), to: month(end + f.gap + 9) }]
          : []),
      ];
      return {
        committed: { employer: f.employer, consecutiveMonths: 1 + (f.committedPart % f.months) },
        answer: answer('social-insurance', records),
        committedOn: f.committedOn,
        recordedMonths: f.months,
      };
    }),
  'business-licence': fc
    .record({ name: text, creditCode: fc.stringMatching(/^91370[0-9A-Z]{13}$/), address: text })
    .map((f) => ({ committed: f, answer: answer('business-licence', [{ ...licence, ...f }]) })),
  'real-estate': fc
    .record({
      certificateNo: fc
        .tuple(fc.integer({ min: 2000, max: 2026 }), fc.integer({ min: 1, max: 9_999_999 }))
        .map(([year, n]) => `鲁(${year})青岛市不动产权第${String(n).padStart(7, '0')}号`),
      location: text,
    })
    .map((f) => ({
      committed: f,
      answer: answer('real-estate', [{ ...f, owner: applicant.name, use: '住宅' }]),
    })),
  qualification: fc
    .record({
      qualification: text,
      certificateNo: text,
      committedDay: committedDay,
      validFor: fc.option(fc.nat({ max: 4000 })),
    })
    .map(({ committedDay, validFor, ...f }) => ({
      committed: f,
      committedOn: dayOf(committedDay),
      answer: answer('qualification', [
        { ...f, validUntil: validFor === null ? null : dayOf(committedDay + validFor) },
      ]),
    })),
};

/** The matter declares a non-empty part of the committed facts, an integer with a bound it meets. */
const scenario = (type: keyof typeof built): fc.Arbitrary<Scenario> =>
  built[type].chain((s) =>
    fc
      .record({
        keys: fc.subarray(Object.keys(s.committed), { minLength: 1 }),
        min: fc.nat(),
        committedOn: s.committedOn ? fc.constant(s.committedOn) : committedOnArb,
      })
      .map(({ keys, min, committedOn }) => ({
        ...s,
        committedOn,
        matterFacts: {
          recordType: type,
          facts: keys.map((key) => ({
            key,
            required: true,
            ...(key === 'consecutiveMonths' ? { min: 1 + (min % Number(s.committed[key])) } : {}),
          })),
        },
      })),
  );
const types = Object.keys(built) as (keyof typeof built)[];
const anyScenario = fc.constantFrom(...types).chain(scenario);

const compareScenario = (s: Scenario, committed = s.committed) =>
  compareWithRecords({
    matterFacts: s.matterFacts,
    committed,
    answer: s.answer,
    applicant,
    committedOn: s.committedOn,
  });
const declared = (s: Scenario) => s.matterFacts.facts.map((f) => factDefinition(s.answer.recordType, f.key)!);

/** Another value of the fact's type; for an amount held, more than the records hold. */
function otherValue(def: FactDefinition, value: string | number, s: Scenario): fc.Arbitrary<string | number> {
  const differs = (v: string | number) => String(v).toLowerCase() !== String(value).toLowerCase();
  switch (def.type) {
    case 'integer':
      return fc.integer({ min: 1, max: 100 }).map((n) => s.recordedMonths! + n);
    case 'year':
      return fc.integer({ min: 1980, max: 2026 }).filter(differs);
    case 'date':
      return date.filter(differs);
    case 'choice':
      return fc.constantFrom(...def.choices!.filter(differs));
    case 'identifier':
      return identifier.filter(differs);
    case 'text':
      return text.filter(differs);
  }
}

/** How people type the same text differently: padding, full-width forms, Latin case. */
const retyped = fc
  .record({ pad: fc.constantFrom(' ', '\u3000', '\t', '  '), wide: fc.boolean(), lower: fc.boolean() })
  .map(({ pad, wide, lower }) => (value: string) => {
    const cased = lower ? value.toLowerCase() : value;
    const shaped = wide
      ? cased.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
      : cased;
    return `${pad}${shaped}${pad}`;
  });

describe('VER-2 properties', () => {
  it('VER-2 records built from the committed facts are always 属实, every declared fact judged', () => {
    fc.assert(
      fc.property(anyScenario, (s) => {
        const result = compareScenario(s);
        expect(result.outcome).toBe('true');
        for (const def of declared(s)) expect(result.reason).toContain(def.label);
      }),
      run,
    );
  });

  it('VER-2 one committed fact changed (months: more than recorded) is never 属实', () => {
    const changed = anyScenario.chain((s) =>
      fc
        .constantFrom(...declared(s))
        .chain((def) => otherValue(def, s.committed[def.key]!, s).map((value) => ({ s, def, value }))),
    );
    fc.assert(
      fc.property(changed, ({ s, def, value }) => {
        const result = compareScenario(s, { ...s.committed, [def.key]: value });
        expect(result.outcome).toBe('false');
        expect(result.discrepancies.map((d) => d.fact)).toContain(def.key);
        // Only text can be a slip: a number, year, date, choice or identifier never is.
        if (def.type !== 'text') expect(result.goodFaithPossible).toBe(false);
      }),
      run,
    );
  });

  it('VER-2 an answer that holds nothing of the type is always 无法核查', () => {
    fc.assert(
      fc.property(anyScenario, fc.boolean(), (s, withFacts) => {
        const result = compareWithRecords({
          matterFacts: withFacts ? s.matterFacts : null,
          committed: withFacts ? s.committed : null,
          answer: { ...s.answer, found: false },
          applicant,
          committedOn: s.committedOn,
        });
        expect(result).toMatchObject({
          outcome: 'unverifiable',
          discrepancies: [],
          goodFaithPossible: false,
        });
      }),
      run,
    );
  });

  it('VER-2 criminal records: 属实 exactly when none is held', () => {
    const offence = fc.record({ offence: text, judgedOn: date, court: fc.constant('青岛市中级人民法院') });
    fc.assert(
      fc.property(fc.array(offence, { maxLength: 3 }), (records) => {
        const result = compare(answer('criminal-record', records), {});
        expect(result.outcome).toBe(records.length ? 'false' : 'true');
      }),
      run,
    );
  });

  it('VER-2 text typed with other spacing, full-width forms or case is still 属实', () => {
    fc.assert(
      fc.property(anyScenario, retyped, (s, retype) => {
        const committed = { ...s.committed };
        for (const def of declared(s)) {
          if (def.type === 'text') committed[def.key] = retype(String(committed[def.key]));
        }
        expect(compareScenario(s, committed).outcome).toBe('true');
      }),
      run,
    );
  });

  it('VER-7 one character off in a text of 4 or more is 不实 and may be good faith', () => {
    const typo = fc.record({
      kind: fc.constantFrom('replace', 'insert', 'delete'),
      at: fc.nat(),
      unit: fc.constantFrom(...hanUnits),
    });
    fc.assert(
      fc.property(anyScenario, typo, (s, { kind, at, unit }) => {
        const def = declared(s).find((d) => d.type === 'text' && [...String(s.committed[d.key])].length >= 5);
        fc.pre(def !== undefined);
        const chars = [...String(s.committed[def!.key])];
        const i = at % chars.length;
        if (kind === 'replace') fc.pre(chars[i] !== unit);
        chars.splice(i, kind === 'insert' ? 0 : 1, ...(kind === 'delete' ? [] : [unit]));
        const result = compareScenario(s, { ...s.committed, [def!.key]: chars.join('') });
        expect(result).toMatchObject({ outcome: 'false', goodFaithPossible: true });
      }),
      run,
    );
  });

  it('VER-7 a changed graduation year is 不实 and never good faith', () => {
    const changed = scenario('education').chain((s) =>
      fc
        .integer({ min: -5, max: 5 })
        .filter((d) => d !== 0)
        .map((d) => ({ s, year: Number(s.committed.graduationYear) + d })),
    );
    fc.assert(
      fc.property(changed, ({ s, year }) => {
        const matterFacts = declaring('education', ['school', 'graduationYear']);
        const result = compareScenario({ ...s, matterFacts }, { ...s.committed, graduationYear: year });
        expect(result).toMatchObject({ outcome: 'false', goodFaithPossible: false });
      }),
      run,
    );
  });
});
