// CASE-1, CASE-2, CASE-4: the applicant's choice per proof checked against the list in force and
// the applicant's eligibility, whatever the client sends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryOf, defaultRulebook } from '../common/credit-rules.ts';
import { type Eligibility, evaluateEligibility } from '../common/eligibility.ts';
import type { ListItem } from '../common/list-item.ts';
import { DomainError } from '../platform/errors.ts';
import { listedProofs, type ProofRequest, planProofs } from './proof-plan.ts';

const AT = new Date('2026-09-24T02:00:00Z');
const MATTER = '食品经营许可';

const item = (name: string, over: Partial<ListItem> = {}): ListItem => ({
  key: `key-${name}`,
  name,
  proves: '',
  field: '市场主体准营',
  administrativeMatter: MATTER,
  administrativeMatterKind: '行政许可',
  handlingAgency: '崂山区行政审批服务局',
  issuingBody: '发证机关',
  legalBasis: '《食品安全法》',
  verification: 'online',
  assistingAgency: null,
  timeLimitWorkingDays: 5,
  standard: '与电子证照一致',
  method: '电子证照库核查',
  disclosure: false,
  remarks: '',
  ...over,
});

const eligible = evaluateEligibility([], defaultRulebook, AT);
const barred: Eligibility = evaluateEligibility(
  [
    {
      id: 'rec-1',
      kind: 'false-commitment',
      category: categoryOf(defaultRulebook, 'general'),
      description: '2025年虚假承诺',
      recordedAt: new Date('2025-05-01T00:00:00Z'),
      expiresAt: null,
      repairedAt: null,
      correctedAt: null,
      disputed: false,
    },
  ],
  defaultRulebook,
  AT,
);

/** 营业执照 listed (online), 经营场所证明 listed with disclosure, 健康证明 required but not listed. */
const required = ['营业执照', '经营场所证明', '健康证明'];
const listed = new Map([
  ['营业执照', item('营业执照')],
  ['经营场所证明', item('经营场所证明', { verification: 'on-site', disclosure: true })],
]);

const thrown = (work: () => unknown): DomainError => {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a refusal');
};

const plan = (requests: ProofRequest[], over: { eligibility?: Eligibility; complete?: boolean } = {}) =>
  planProofs({
    required,
    listed,
    requests,
    eligibility: over.eligibility ?? eligible,
    complete: over.complete ?? true,
  });

const valid: ProofRequest[] = [
  { proof: '营业执照', choice: 'commit' },
  { proof: '经营场所证明', choice: 'commit', disclosure: 'consent' },
  { proof: '健康证明', choice: 'upload', fileId: 'file-1' },
];

describe('CASE-1 choosing commit or upload per proof', () => {
  it('CASE-1: plans every required proof in the matter’s order, with the listed item of each committed one', () => {
    const planned = plan([valid[2]!, valid[0]!, valid[1]!]);
    expect(planned.map((p) => [p.position, p.proofName, p.choice])).toEqual([
      [0, '营业执照', 'commit'],
      [1, '经营场所证明', 'commit'],
      [2, '健康证明', 'upload'],
    ]);
    expect(planned[0]!.item).toBe(listed.get('营业执照'));
    expect(planned[2]!.item).toBeNull();
    expect(planned[2]!.fileId).toBe('file-1');
    expect(planned[1]!.disclosure).toBe('consent');
  });

  it('CASE-1: not choosing commitment is always allowed, for listed proofs too', () => {
    const planned = plan(required.map((proof, i) => ({ proof, choice: 'upload', fileId: `f${i}` })));
    expect(planned.every((p) => p.choice === 'upload')).toBe(true);
    expect(planned.map((p) => p.item?.name ?? null)).toEqual(['营业执照', '经营场所证明', null]);
  });

  it('CASE-1: a proof not on the list in force is never committed: refused on proofs[i].choice', () => {
    const error = thrown(() =>
      plan([valid[0]!, valid[1]!, { proof: '健康证明', choice: 'commit', disclosure: 'consent' }]),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.field).toBe('proofs[2].choice');
    expect(error.messageZh).toContain('健康证明');
    expect(error.messageEn).toContain('not on the list in force');
  });

  it('CASE-1: whatever the client sends, no planned commitment lacks a listed item (property)', () => {
    const request = (proof: string) =>
      fc.record({
        proof: fc.constant(proof),
        choice: fc.constantFrom<'commit' | 'upload'>('commit', 'upload'),
        disclosure: fc.constantFrom<'consent' | 'refuse' | null | undefined>(
          'consent',
          'refuse',
          null,
          undefined,
        ),
        fileId: fc.constantFrom<string | null | undefined>('file-x', null, undefined),
      });
    fc.assert(
      fc.property(
        fc.tuple(...required.map(request)),
        fc.subarray(['营业执照', '经营场所证明']),
        fc.boolean(),
        (requests, onList, complete) => {
          const inForce = new Map([...listed].filter(([name]) => onList.includes(name)));
          let planned: ReturnType<typeof planProofs>;
          try {
            planned = planProofs({ required, listed: inForce, requests, eligibility: eligible, complete });
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            const field = (error as DomainError).field!;
            expect(field).toMatch(/^proofs\[\d]\.(choice|disclosure|fileId)$/);
            // A refused choice is a commitment off the list in force, never a listed one.
            const index = Number(/\[(\d)]/.exec(field)![1]);
            if (field.endsWith('.choice')) expect(inForce.has(requests[index]!.proof)).toBe(false);
            return;
          }
          for (const p of planned) {
            if (p.choice === 'commit') {
              expect(p.item, p.proofName).not.toBeNull();
              expect(inForce.get(p.proofName)).toBe(p.item);
              expect(p.fileId).toBeNull();
            }
            if (p.item?.disclosure && p.choice === 'commit') expect(p.disclosure).toBe('consent');
            if (!p.item?.disclosure) expect(p.disclosure).toBeNull();
          }
          // Every commit of a proof off the list in force was refused above.
          const offList = requests.findIndex((r) => r.choice === 'commit' && !inForce.has(r.proof));
          expect(offList).toBe(-1);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('CASE-1: names the proof that is missing, given twice or not required by the matter', () => {
    const missing = thrown(() => plan([valid[0]!, valid[2]!]));
    expect(missing).toMatchObject({ code: 'VALIDATION', field: 'proofs' });
    expect(missing.messageZh).toContain('经营场所证明');
    const twice = thrown(() => plan([...valid, { proof: '营业执照', choice: 'upload', fileId: 'f' }]));
    expect(twice).toMatchObject({ code: 'VALIDATION', field: 'proofs[3].proof' });
    expect(twice.messageZh).toContain('重复');
    const unknown = thrown(() => plan([valid[0]!, { proof: '户口簿', choice: 'upload', fileId: 'f' }]));
    expect(unknown).toMatchObject({ code: 'VALIDATION', field: 'proofs[1].proof' });
    expect(unknown.messageZh).toContain('户口簿');
  });

  it('CASE-1: a submission needs the file of every proof submitted; a draft does not', () => {
    const withoutFile: ProofRequest[] = [valid[0]!, valid[1]!, { proof: '健康证明', choice: 'upload' }];
    expect(thrown(() => plan(withoutFile))).toMatchObject({ code: 'VALIDATION', field: 'proofs[2].fileId' });
    expect(plan(withoutFile, { complete: false })[2]).toMatchObject({ choice: 'upload', fileId: null });
  });

  it('CASE-1: a file sent with a commitment is not kept (the commitment replaces the proof)', () => {
    const planned = plan([{ ...valid[0]!, fileId: 'file-9' }, valid[1]!, valid[2]!]);
    expect(planned[0]).toMatchObject({ choice: 'commit', fileId: null });
  });
});

describe('CASE-4 disclosure of commitments on the disclosure list', () => {
  it('CASE-4: refusing disclosure while committing is refused on proofs[i].disclosure (submit the proof)', () => {
    const error = thrown(() =>
      plan([valid[0]!, { proof: '经营场所证明', choice: 'commit', disclosure: 'refuse' }, valid[2]!]),
    );
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'proofs[1].disclosure' });
    expect(error.messageZh).toContain('须提交证明材料');
  });

  it('CASE-4: committing to an item on the disclosure list needs an answer about disclosure', () => {
    for (const disclosure of [null, undefined])
      expect(
        thrown(() => plan([valid[0]!, { proof: '经营场所证明', choice: 'commit', disclosure }, valid[2]!])),
      ).toMatchObject({ code: 'VALIDATION', field: 'proofs[1].disclosure' });
  });

  it('CASE-4: refusing disclosure and uploading the proof instead is allowed', () => {
    const planned = plan([
      valid[0]!,
      { proof: '经营场所证明', choice: 'upload', disclosure: 'refuse', fileId: 'f2' },
      valid[2]!,
    ]);
    expect(planned[1]).toMatchObject({ choice: 'upload', disclosure: 'refuse', fileId: 'f2' });
  });

  it('CASE-4: a disclosure answer for an item not on the disclosure list is ignored', () => {
    const planned = plan([{ ...valid[0]!, disclosure: 'refuse' }, valid[1]!, valid[2]!]);
    expect(planned[0]).toMatchObject({ choice: 'commit', disclosure: null });
  });
});

describe('CASE-2 eligibility decides whether commitment may be chosen', () => {
  it('CASE-2: an ineligible applicant cannot commit: refused on proofs[i].choice with the reason and the way to repair', () => {
    const error = thrown(() => plan(valid, { eligibility: barred }));
    expect(error.code).toBe('VALIDATION');
    expect(error.field).toBe('proofs[0].choice');
    expect(error.messageZh).toContain('2025年虚假承诺');
    expect(error.messageZh).toContain('信用修复');
    expect(error.messageEn).toContain('credit repair');
    expect((error.details as { eligibility: Eligibility }).eligibility).toBe(barred);
  });

  it('CASE-2: an ineligible applicant may still apply by uploading every proof', () => {
    const planned = plan(
      required.map((proof, i) => ({ proof, choice: 'upload', fileId: `f${i}` })),
      { eligibility: barred },
    );
    expect(planned.map((p) => p.choice)).toEqual(['upload', 'upload', 'upload']);
  });
});

describe('CASE-1 the items of the list in force for one matter', () => {
  it('CASE-1: keeps only the items of the matter applied for, keyed by proof name', () => {
    const items = [
      item('营业执照'),
      item('营业执照', { administrativeMatter: '公共场所卫生许可', key: 'other' }),
      item('学历证明', { administrativeMatter: '教师资格认定' }),
    ];
    const found = listedProofs(items, MATTER);
    expect([...found.keys()]).toEqual(['营业执照']);
    expect(found.get('营业执照')!.key).toBe('key-营业执照');
  });
});
