// CASE-2: who may use commitment, from the records of the party's integrity file (CRED-1).
import { describe, expect, it } from 'vitest';
import {
  barsCommitment,
  type CreditRecordFact,
  type CreditRecordKind,
  type CreditSeverity,
  ELIGIBILITY_RULE,
  ELIGIBILITY_RULE_EN,
  evaluateEligibility,
} from './eligibility.ts';

const AT = new Date('2026-09-24T02:00:00Z');

const record = (
  kind: CreditRecordKind,
  severity: CreditSeverity,
  repairedAt: Date | null = null,
  id = `${kind}-${severity}-${repairedAt ? 'repaired' : 'open'}`,
): CreditRecordFact => ({
  id,
  kind,
  severity,
  description: `${kind} ${severity}`,
  recordedAt: new Date('2025-03-01T00:00:00Z'),
  repairedAt,
});

const REPAIRED = new Date('2026-01-10T00:00:00Z');

describe('CASE-2 eligibility for commitment', () => {
  it('CASE-2: a clean file is eligible, with the rule quoted and no repair text', () => {
    const result = evaluateEligibility([], AT);
    expect(result).toEqual({
      eligible: true,
      rule: ELIGIBILITY_RULE,
      ruleEn: ELIGIBILITY_RULE_EN,
      evaluatedAt: AT.toISOString(),
      reasons: [],
      repair: null,
      repairEn: null,
    });
    expect(result.rule).toContain('崂山区方案四12');
    expect(result.rule).toContain('山亭区方案四(二)');
  });

  it('CASE-2: an unrepaired false commitment bars commitment, whatever its severity', () => {
    for (const severity of ['general', 'serious'] as const) {
      const barring = record('false-commitment', severity);
      const result = evaluateEligibility([barring], AT);
      expect(result.eligible, severity).toBe(false);
      expect(result.reasons).toEqual([
        {
          recordId: barring.id,
          kind: 'false-commitment',
          description: barring.description,
          recordedAt: barring.recordedAt.toISOString(),
          elsewhere: false,
        },
      ]);
    }
  });

  it('ORG-1: seen from another district, its records bar commitment as one line without details', () => {
    const here = { ...record('dishonesty', 'serious'), districtCode: '370406' };
    const there = { ...record('false-commitment', 'general'), districtCode: '370212' };
    const result = evaluateEligibility([here, there], AT, '370406');
    expect(result.eligible).toBe(false);
    expect(result.reasons).toEqual([
      expect.objectContaining({ recordId: here.id, description: here.description, elsewhere: false }),
      expect.objectContaining({
        recordId: null,
        recordedAt: null,
        elsewhere: true,
        kind: 'false-commitment',
      }),
    ]);
    expect(JSON.stringify(result)).not.toContain(there.description);
    expect(evaluateEligibility([here, there], AT, null).reasons.map((r) => r.recordId)).toEqual([
      here.id,
      there.id,
    ]);
  });

  it('CASE-2: an unrepaired serious dishonesty record bars commitment', () => {
    const result = evaluateEligibility([record('dishonesty', 'serious')], AT);
    expect(result.eligible).toBe(false);
    expect(result.reasons.map((r) => r.kind)).toEqual(['dishonesty']);
  });

  it('CASE-2: says why and how repair works (CRED-4), in both languages', () => {
    const result = evaluateEligibility([record('false-commitment', 'general')], AT);
    expect(result.repair).toContain('信用修复');
    expect(result.repair).toContain('一般程序提交证明材料');
    expect(result.repairEn).toContain('credit repair');
  });

  it('CASE-2: a repaired record no longer bars commitment (the record stays, CRED-4)', () => {
    const result = evaluateEligibility(
      [record('false-commitment', 'serious', REPAIRED), record('dishonesty', 'serious', REPAIRED)],
      AT,
    );
    expect(result.eligible).toBe(true);
    expect(result.reasons).toEqual([]);
    expect(result.repair).toBeNull();
  });

  it('CASE-2: a general dishonesty record does not bar commitment', () => {
    expect(evaluateEligibility([record('dishonesty', 'general')], AT).eligible).toBe(true);
  });

  it('CASE-2: among several records, only the barring ones are given as reasons', () => {
    const records = [
      record('dishonesty', 'general'),
      record('false-commitment', 'general', REPAIRED),
      record('dishonesty', 'serious'),
      record('false-commitment', 'general'),
    ];
    const result = evaluateEligibility(records, AT);
    expect(result.eligible).toBe(false);
    expect(result.reasons.map((r) => r.recordId)).toEqual([records[2]!.id, records[3]!.id]);
  });

  it('CASE-2: the table of barring records: kind × severity × repaired', () => {
    const table: [CreditRecordKind, CreditSeverity, boolean, boolean][] = [
      ['false-commitment', 'general', false, true],
      ['false-commitment', 'serious', false, true],
      ['false-commitment', 'general', true, false],
      ['false-commitment', 'serious', true, false],
      ['dishonesty', 'general', false, false],
      ['dishonesty', 'serious', false, true],
      ['dishonesty', 'general', true, false],
      ['dishonesty', 'serious', true, false],
    ];
    for (const [kind, severity, repaired, bars] of table)
      expect(
        barsCommitment(record(kind, severity, repaired ? REPAIRED : null)),
        `${kind}/${severity}/${repaired}`,
      ).toBe(bars);
  });
});
