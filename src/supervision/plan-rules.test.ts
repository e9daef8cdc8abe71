import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditGrades, gradeRank } from '../common/credit-rules.ts';
import { riskLevels, stratumLabel } from '../common/inspection-plan-states.ts';
import { checkPlanTerms, exclusionsOf, highestRisk, stratumOf, stratumRates } from './plan-rules.ts';

const terms = {
  title: '抽查',
  periodFrom: '2026-01-01',
  periodTo: '2026-09-24',
  drawOn: '2026-09-24',
  rates: { low: 5, medium: 10, high: 30 },
  gradeRates: {},
  inspectorsPerObject: 2,
};
const plain = { keySupervised: false, grade: 'A', samplingRaise: 0 } as const;

describe('SUP-1 the strata of a plan', () => {
  it('a case takes the highest risk of its items; an item not assessed counts as medium', () => {
    expect(highestRisk(['low', 'low'])).toBe('low');
    expect(highestRisk(['low', undefined])).toBe('medium');
    expect(highestRisk(['low', 'high', 'medium'])).toBe('high');
    expect(highestRisk([])).toBe('medium');
  });

  it('SUP-2: key supervision is a stratum of its own whose rate is raised, never above 100 %', () => {
    const rates = { low: 5, medium: 10, high: 90 };
    expect(stratumOf({ ...plain, risk: 'high', keySupervised: true }, terms, 20)).toEqual({
      stratum: 'key-high',
      rate: 50,
    });
    expect(stratumOf({ ...plain, risk: 'low' }, terms, 20)).toEqual({ stratum: 'low', rate: 5 });
    expect(stratumRates({ rates, gradeRates: {} }, 20)).toEqual({
      low: 5,
      'key-low': 25,
      medium: 10,
      'key-medium': 30,
      high: 90,
      'key-high': 100,
    });
  });
});

describe('SUP-1/CRED-3 the party’s grade and punishments in the strata', () => {
  const graded = { ...terms, gradeRates: { C: 40, D: 60 } };

  it('SUP-1 CRED-3: grade C samples at the higher of its risk’s and its grade’s rate, plus its raise', () => {
    expect(stratumOf({ ...plain, risk: 'medium', grade: 'C' }, graded, 20)).toEqual({
      stratum: 'medium-gradeC',
      rate: 40,
    });
    expect(stratumOf({ ...plain, risk: 'high', grade: 'C', samplingRaise: 10 }, graded, 20)).toEqual({
      stratum: 'high-gradeC-raise10',
      rate: 50,
    });
    // key supervision by a record (较重失信): risk 30 + key 20 = 50 beats C's 40; + 20 → 70
    expect(
      stratumOf({ risk: 'high', keySupervised: true, grade: 'C', samplingRaise: 20 }, graded, 20),
    ).toEqual({ stratum: 'key-high-gradeC-raise20', rate: 70 });
    expect(
      stratumOf({ risk: 'high', keySupervised: true, grade: 'D', samplingRaise: 30 }, graded, 20).rate,
    ).toBe(90);
    expect(stratumOf({ ...plain, risk: 'low', grade: 'D', samplingRaise: 50 }, graded, 20).rate).toBe(100);
  });

  it('CRED-3: A never shows its grade; B only when the plan sets a B rate; C and D always', () => {
    expect(stratumOf({ ...plain, risk: 'low', grade: 'B' }, terms, 20).stratum).toBe('low');
    expect(stratumOf({ ...plain, risk: 'low', grade: 'B' }, { ...terms, gradeRates: { B: 8 } }, 20)).toEqual({
      stratum: 'low-gradeB',
      rate: 8,
    });
    expect(stratumOf({ ...plain, risk: 'low', grade: 'D' }, terms, 20)).toEqual({
      stratum: 'low-gradeD',
      rate: 5,
    });
  });

  it('CRED-3: a grade without a rate samples at least at the rate of a better grade', () => {
    expect(
      stratumOf({ ...plain, risk: 'low', grade: 'D' }, { ...terms, gradeRates: { C: 40 } }, 20).rate,
    ).toBe(40);
  });

  it('CRED-3: the strata the pool has are published with their rates beside the six risk strata', () => {
    expect(
      stratumRates(graded, 20, [
        { stratum: 'medium-gradeC', rate: 40 },
        { stratum: 'medium-gradeC', rate: 40 },
      ]),
    ).toMatchObject({ low: 5, 'key-high': 50, 'medium-gradeC': 40 });
  });

  it('CRED-3: a stratum’s name reads back as its label', () => {
    expect(stratumLabel('key-high-gradeD-raise30').zh).toBe('重点监管·高风险·D级（严重失信）·上调30个百分点');
    expect(stratumLabel('medium-gradeB').en).toBe('Medium risk · Grade B (largely trustworthy)');
    expect(stratumLabel('key-low')).toEqual({ zh: '重点监管·低风险', en: 'Key supervision · Low risk' });
    expect(stratumLabel('一般')).toEqual({ zh: '一般', en: '一般' });
  });

  it('SUP-1 CRED-3 property: a worse grade never lowers a case’s rate', () => {
    const rate = fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100);
    fc.assert(
      fc.property(
        fc.record({
          rates: fc.record({ low: rate, medium: rate, high: rate }),
          gradeRates: fc.record({ B: rate, C: rate, D: rate }, { requiredKeys: [] }),
        }),
        fc.constantFrom(...riskLevels),
        fc.boolean(),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        fc.constantFrom(...creditGrades),
        fc.constantFrom(...creditGrades),
        (planTerms, risk, keySupervised, samplingRaise, keyRaise, a, b) => {
          const [better, worse] = gradeRank(a) <= gradeRank(b) ? [a, b] : [b, a];
          const of = (grade: typeof a) =>
            stratumOf({ risk, keySupervised, grade, samplingRaise }, planTerms, keyRaise).rate;
          expect(of(worse)).toBeGreaterThanOrEqual(of(better));
          expect(of(worse)).toBeLessThanOrEqual(100);
        },
      ),
      { numRuns: 500, interruptAfterTimeLimit: 2000 },
    );
  });
});

describe('SUP-1 who may not inspect which case', () => {
  const pool = [
    { caseNo: 'A', agencyId: 'market', partyIdentifier: 'P1' },
    { caseNo: 'B', agencyId: 'health', partyIdentifier: 'P2' },
  ];
  const inspectors = [
    { number: 'M1', agencyId: 'market', conflicts: [] },
    { number: 'M2', agencyId: 'market', conflicts: ['P2'] },
    { number: 'H1', agencyId: 'health', conflicts: [] },
  ];

  it('excludes the handling agency’s inspectors where the plan says so, and every declared conflict', () => {
    expect(exclusionsOf(pool, inspectors, true)).toEqual({ A: ['M1', 'M2'], B: ['H1', 'M2'] });
    expect(exclusionsOf(pool, inspectors, false)).toEqual({ B: ['M2'] });
  });
});

describe('SUP-1 the terms of a plan are checked, naming the field', () => {
  it.each([
    [{ title: ' ' }, 'title'],
    [{ periodFrom: '2026-10-01' }, 'periodTo'],
    [{ drawOn: '2026-09-23' }, 'drawOn'],
    [{ rates: { low: 5, medium: 100.5, high: 1 } }, 'rates.medium'],
    [{ rates: { low: 0.123, medium: 1, high: 1 } }, 'rates.low'],
    [{ gradeRates: { C: 100.01 } }, 'gradeRates.C'],
    [{ gradeRates: { B: 5, D: 1.005 } }, 'gradeRates.D'],
    [{ inspectorsPerObject: 1 }, 'inspectorsPerObject'],
  ])('%o is refused at %s', (change, field) => {
    expect(() => checkPlanTerms({ ...terms, ...change }, '2026-09-24')).toThrow(
      expect.objectContaining({ field }),
    );
  });

  it('accepts rates with two decimals and a draw today', () => {
    expect(() =>
      checkPlanTerms({ ...terms, rates: { low: 2.5, medium: 12.25, high: 100 } }, '2026-09-24'),
    ).not.toThrow();
  });
});
