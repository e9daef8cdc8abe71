// CRED-2/CRED-3/CRED-4/CRED-5 as pure functions: grades and eligibility over the integrity file and a
// rule version, the categories of false commitments, and the rulebook's own checks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CreditRulebook,
  categoryOf,
  checkRulebook,
  defaultRulebook,
  falseCommitmentCategories,
  falseCommitmentCategory,
  gradeRank,
  type HandlingOutcome,
} from './credit-rules.ts';
import { type CreditRecordFact, evaluateEligibility, gradeOf, inEffect } from './eligibility.ts';

const AT = new Date('2026-09-24T02:00:00Z');
const DAY = 86_400_000;
const run = { numRuns: 300, interruptAfterTimeLimit: 2000 };
const RULES = defaultRulebook;

const codes = RULES.categories.map((c) => c.code);
const fact = fc
  .record({
    id: fc.uuid(),
    code: fc.constantFrom(...codes),
    ageDays: fc.integer({ min: 0, max: 2000 }),
    lastsDays: fc.option(fc.integer({ min: 1, max: 1500 }), { nil: null }),
    repairedAfter: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: null }),
    corrected: fc.boolean(),
    disputed: fc.boolean(),
  })
  .map(
    (r): CreditRecordFact => ({
      id: r.id,
      kind: falseCommitmentCategories.includes(r.code as 'general') ? 'false-commitment' : 'dishonesty',
      category: categoryOf(RULES, r.code),
      description: `记录 ${r.id}`,
      recordedAt: new Date(AT.getTime() - r.ageDays * DAY),
      expiresAt: r.lastsDays === null ? null : new Date(AT.getTime() - r.ageDays * DAY + r.lastsDays * DAY),
      repairedAt:
        r.repairedAfter === null || r.repairedAfter > r.ageDays
          ? null
          : new Date(AT.getTime() - r.ageDays * DAY + r.repairedAfter * DAY),
      correctedAt: r.corrected ? AT : null,
      disputed: r.disputed,
      districtCode: '370212',
    }),
  );
const file = fc.array(fact, { maxLength: 8 });
const falseCommitmentNow = fc.constantFrom(...falseCommitmentCategories).map(
  (code): CreditRecordFact => ({
    id: 'new-false-commitment',
    kind: 'false-commitment',
    category: categoryOf(RULES, code),
    description: '新认定的虚假承诺',
    recordedAt: AT,
    expiresAt: new Date(AT.getTime() + 365 * DAY),
    repairedAt: null,
    correctedAt: null,
    disputed: false,
  }),
);

describe('CRED-3 grades', () => {
  it('CRED-3: adding a false commitment never raises a grade, and leaves the party unable to commit', () => {
    fc.assert(
      fc.property(file, falseCommitmentNow, (records, added) => {
        const before = gradeOf(records, RULES, AT);
        const after = gradeOf([...records, added], RULES, AT);
        expect(gradeRank(after.value)).toBeGreaterThanOrEqual(gradeRank(before.value));
        expect(evaluateEligibility([...records, added], RULES, AT).eligible).toBe(false);
      }),
      run,
    );
  });

  it('CRED-3: grade and eligibility agree: eligible exactly when the grade may commit (CASE-2)', () => {
    fc.assert(
      fc.property(file, (records) => {
        const grade = gradeOf(records, RULES, AT).value;
        expect(evaluateEligibility(records, RULES, AT).eligible).toBe(RULES.commitmentGrades.includes(grade));
      }),
      run,
    );
  });

  it('CRED-4: a repair restores eligibility and never deletes history', () => {
    fc.assert(
      fc.property(file, (records) => {
        const repaired = records.map((r) => (inEffect(r, AT) ? { ...r, repairedAt: AT } : r));
        const eligibility = evaluateEligibility(repaired, RULES, AT);
        expect(eligibility.eligible).toBe(true);
        expect(['A', 'B']).toContain(gradeOf(repaired, RULES, AT).value);
        expect(repaired.map((r) => r.id)).toEqual(records.map((r) => r.id));
        // A repaired record in effect until now grades B (recent), never A.
        if (records.some((r) => inEffect(r, AT))) expect(gradeOf(repaired, RULES, AT).value).toBe('B');
      }),
      run,
    );
  });

  it('CRED-5: a record under objection is flagged wherever the rules quote it', () => {
    fc.assert(
      fc.property(file, (records) => {
        const eligibility = evaluateEligibility(records, RULES, AT);
        for (const reason of eligibility.reasons)
          expect(reason.disputed).toBe(records.find((r) => r.id === reason.recordId)!.disputed);
        const grade = gradeOf(records, RULES, AT);
        const quoted = records.filter((r) => inEffect(r, AT) && r.category.grade === grade.value);
        if (quoted.some((r) => r.disputed)) expect(grade.reason).toContain('异议中');
      }),
      run,
    );
  });

  it('CRED-3: the grading rule: worst category in effect, else B within the recent months, else A', () => {
    const base: CreditRecordFact = {
      id: 'r',
      kind: 'dishonesty',
      category: categoryOf(RULES, 'minor'),
      description: '逾期未年报',
      recordedAt: new Date(AT.getTime() - 30 * DAY),
      expiresAt: null,
      repairedAt: null,
      correctedAt: null,
      disputed: false,
    };
    expect(gradeOf([], RULES, AT)).toMatchObject({ value: 'A', ruleVersion: 1 });
    expect(gradeOf([base], RULES, AT).value).toBe('B');
    expect(
      gradeOf([base, { ...base, id: 's', category: categoryOf(RULES, 'serious') }], RULES, AT).value,
    ).toBe('D');
    expect(gradeOf([{ ...base, category: categoryOf(RULES, 'general') }], RULES, AT).value).toBe('C');
    const longAgo = {
      ...base,
      category: categoryOf(RULES, 'general'),
      repairedAt: new Date(AT.getTime() - 400 * DAY),
    };
    expect(gradeOf([longAgo], RULES, AT).value).toBe('A');
    expect(gradeOf([{ ...base, correctedAt: AT }], RULES, AT).value).toBe('A');
  });
});

describe('CRED-2 categories and rules', () => {
  const outcome = fc.record({
    kind: fc.constantFrom('terminate', 'rectify', 'revoke', 'penalise', 'transfer'),
    state: fc.constantFrom('in-force', 'complied', 'not-complied'),
  }) as fc.Arbitrary<HandlingOutcome>;

  it('CRED-2: more outcomes never lower a false commitment’s category', () => {
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 5 }), outcome, fc.nat(2), (outcomes, more, earlier) => {
        const rank = (o: readonly HandlingOutcome[]) =>
          falseCommitmentCategories.indexOf(
            falseCommitmentCategory({ earlierFalseCommitments: earlier, outcomes: o }),
          );
        expect(rank([...outcomes, more])).toBeGreaterThanOrEqual(rank(outcomes));
      }),
      run,
    );
  });

  it('CRED-2: rectified in time 一般, not rectified or revoked 较重, repeated, penalised or transferred 严重', () => {
    const of = (earlierFalseCommitments: number, outcomes: HandlingOutcome[]) =>
      falseCommitmentCategory({ earlierFalseCommitments, outcomes });
    expect(of(0, [{ kind: 'rectify', state: 'complied' }])).toBe('general');
    expect(of(0, [{ kind: 'rectify', state: 'not-complied' }])).toBe('major');
    expect(of(0, [{ kind: 'revoke', state: 'complied' }])).toBe('major');
    expect(of(1, [])).toBe('serious');
    expect(of(0, [{ kind: 'penalise', state: 'complied' }])).toBe('serious');
    expect(of(0, [{ kind: 'transfer', state: 'complied' }])).toBe('serious');
  });

  it('CRED-2: a rulebook names the field it gets wrong', () => {
    const { version: _, ...input } = defaultRulebook;
    const wrong = (change: Partial<Omit<CreditRulebook, 'version'>>) => {
      try {
        checkRulebook({ ...input, ...change });
        return null;
      } catch (error) {
        return (error as { field?: string }).field;
      }
    };
    expect(wrong({})).toBeNull();
    expect(wrong({ commitmentGrades: ['A'] })).toBe('commitmentGrades');
    expect(wrong({ categories: input.categories.filter((c) => c.code !== 'major') })).toBe('categories');
    expect(wrong({ categories: [...input.categories, input.categories[0]!] })).toBe(
      `categories[${input.categories.length}].code`,
    );
    expect(
      wrong({
        categories: input.categories.map((c, i) => (i === 0 ? { ...c, repairWaitingMonths: 99 } : c)),
      }),
    ).toBe('categories[0].repairWaitingMonths');
    expect(wrong({ objectionReviewWorkingDays: 0 })).toBe('objectionReviewWorkingDays');
  });
});
