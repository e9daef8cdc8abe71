import { describe, expect, it } from 'vitest';
import { checkPlanTerms, exclusionsOf, highestRisk, stratumOf, stratumRates } from './plan-rules.ts';

const terms = {
  title: '抽查',
  periodFrom: '2026-01-01',
  periodTo: '2026-09-24',
  drawOn: '2026-09-24',
  rates: { low: 5, medium: 10, high: 30 },
  inspectorsPerObject: 2,
};

describe('SUP-1 the strata of a plan', () => {
  it('a case takes the highest risk of its items; an item not assessed counts as medium', () => {
    expect(highestRisk(['low', 'low'])).toBe('low');
    expect(highestRisk(['low', undefined])).toBe('medium');
    expect(highestRisk(['low', 'high', 'medium'])).toBe('high');
    expect(highestRisk([])).toBe('medium');
  });

  it('SUP-2: key supervision is a stratum of its own whose rate is raised, never above 100 %', () => {
    expect(stratumOf('high', true)).toBe('key-high');
    expect(stratumOf('low', false)).toBe('low');
    expect(stratumRates({ low: 5, medium: 10, high: 90 }, 20)).toEqual({
      low: 5,
      'key-low': 25,
      medium: 10,
      'key-medium': 30,
      high: 90,
      'key-high': 100,
    });
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
