// CASE-1/VER-2: the facts a commitment asserts are checked against what the certification matter
// declares before anything is signed: required ones present, each of its type, nothing unknown.
import { describe, expect, it } from 'vitest';
import { askedFacts, checkCommittedFacts, checkMatterFacts, quotedFacts } from './committed-facts.ts';
import type { MatterFacts } from './shared-records.ts';

const insurance: MatterFacts = {
  recordType: 'social-insurance',
  facts: [
    { key: 'employer', required: true },
    { key: 'consecutiveMonths', required: true, min: 12 },
  ],
};

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { field?: string }).field;
  }
  return null;
};

describe('CASE-1 the facts committed to', () => {
  it('VER-2: the form asks the declared facts with their labels and bounds', () => {
    expect(askedFacts(insurance).map((f) => [f.key, f.label, f.type, f.required, f.min])).toEqual([
      ['employer', '参保单位', 'text', true, undefined],
      ['consecutiveMonths', '连续缴费月数', 'integer', true, 12],
    ]);
  });

  it('VER-2: values are checked and normalised; the refusal names the fact', () => {
    expect(
      checkCommittedFacts(insurance, { employer: ' 青岛海科 ', consecutiveMonths: '24' }, 'proofs[0].facts'),
    ).toEqual({
      employer: '青岛海科',
      consecutiveMonths: 24,
    });
    expect(refusal(() => checkCommittedFacts(insurance, { employer: '青岛海科' }, 'proofs[0].facts'))).toBe(
      'proofs[0].facts.consecutiveMonths',
    );
    expect(refusal(() => checkCommittedFacts(insurance, { employer: 'x', consecutiveMonths: 6 }, 'f'))).toBe(
      'f.consecutiveMonths',
    );
    expect(
      refusal(() =>
        checkCommittedFacts(insurance, { employer: 'x', consecutiveMonths: 12, school: 'y' }, 'f'),
      ),
    ).toBe('f.school');
  });

  it('VER-2: a matter declaring no facts asks none; a declaration naming an unknown fact is refused', () => {
    expect(checkCommittedFacts(null, { anything: 1 }, 'f')).toBeNull();
    expect(
      refusal(() =>
        checkMatterFacts({ recordType: 'education', facts: [{ key: 'employer', required: true }] }),
      ),
    ).toBe('facts.facts[0].key');
  });

  it('VER-2: the commitment quotes the facts in the matter’s order', () => {
    expect(quotedFacts(insurance, { consecutiveMonths: 24, employer: '青岛海科' })).toEqual([
      { label: '参保单位', value: '青岛海科' },
      { label: '连续缴费月数', value: '24' },
    ]);
  });
});
