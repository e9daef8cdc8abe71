// CASE-2: who may use commitment, from the records of the party's integrity file (CRED-1).
import { describe, expect, it } from 'vitest';
import { categoryOf, defaultRulebook } from './credit-rules.ts';
import {
  barsCommitment,
  type CreditRecordFact,
  type CreditRecordKind,
  evaluateEligibility,
} from './eligibility.ts';
import { eligibilityRule } from './eligibility-rule.ts';

type CreditSeverity = 'general' | 'serious';
/** The rulebook's category for the old kind × severity pairs: other authorities' general ones are minor. */
const categoryFor = (kind: CreditRecordKind, severity: CreditSeverity) =>
  categoryOf(
    defaultRulebook,
    severity === 'serious' ? 'serious' : kind === 'false-commitment' ? 'general' : 'minor',
  );
const RULES = defaultRulebook;

const AT = new Date('2026-09-24T02:00:00Z');

const record = (
  kind: CreditRecordKind,
  severity: CreditSeverity,
  repairedAt: Date | null = null,
  id = `${kind}-${severity}-${repairedAt ? 'repaired' : 'open'}`,
): CreditRecordFact => ({
  id,
  kind,
  category: categoryFor(kind, severity),
  description: `${kind} ${severity}`,
  recordedAt: new Date('2025-03-01T00:00:00Z'),
  expiresAt: null,
  repairedAt,
  correctedAt: null,
  disputed: false,
});

const REPAIRED = new Date('2026-01-10T00:00:00Z');

describe('CASE-2 eligibility for commitment', () => {
  it('CASE-2: a clean file is eligible, with the rule quoted and no repair text', () => {
    const result = evaluateEligibility([], RULES, AT, '370212');
    expect(result).toEqual({
      eligible: true,
      ...eligibilityRule(true, '370212'),
      evaluatedAt: AT.toISOString(),
      reasons: [],
      repair: null,
      repairEn: null,
    });
  });

  it('CASE-2: the rule quotes the case district’s scheme alone, and the exclusion only when it bars', () => {
    const barring = [record('false-commitment', 'general')];
    const ls = evaluateEligibility(barring, RULES, AT, '370212');
    expect(ls.rule).toContain('《崂山区全面推行证明事项告知承诺制实施方案》（青崂政办字〔2021〕16号）四、12');
    expect(ls.rule).toContain('在信用修复前不适用告知承诺制');
    expect(ls.rule).not.toContain('山亭');
    const st = evaluateEligibility(barring, RULES, AT, '370406');
    expect(st.rule).toContain('《山亭区全面推行证明事项告知承诺制实施方案》（山政办发〔2021〕8号）四（二）');
    expect(st.rule).not.toContain('崂山');
    expect(st.ruleEn).toContain('Shanting');
    expect(st.ruleEn).not.toContain('Laoshan');
    const clean = evaluateEligibility([], RULES, AT, '370406');
    expect(clean.rule).not.toContain('不适用');
    expect(clean.rule).toContain('山亭区');
    // the applicant's own view quotes the case's scheme, not the reader's district
    expect(evaluateEligibility(barring, RULES, AT, null, '370212').rule).toBe(ls.rule);
    // no district in view: the national guidance both schemes implement, naming neither district
    const none = evaluateEligibility(barring, RULES, AT);
    expect(none.rule).toContain('国办发〔2020〕42号');
    expect(none.rule).not.toMatch(/崂山|山亭/);
  });

  it('CASE-2: an unrepaired false commitment bars commitment, whatever its severity', () => {
    for (const severity of ['general', 'serious'] as const) {
      const barring = record('false-commitment', severity);
      const result = evaluateEligibility([barring], RULES, AT);
      expect(result.eligible, severity).toBe(false);
      expect(result.reasons).toEqual([
        {
          recordId: barring.id,
          kind: 'false-commitment',
          description: barring.description,
          recordedAt: barring.recordedAt.toISOString(),
          elsewhere: false,
          disputed: false,
        },
      ]);
    }
  });

  it('ORG-1: seen from another district, its records bar commitment as one line without details', () => {
    const here = { ...record('dishonesty', 'serious'), districtCode: '370406' };
    const there = { ...record('false-commitment', 'general'), districtCode: '370212' };
    const result = evaluateEligibility([here, there], RULES, AT, '370406');
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
    expect(evaluateEligibility([here, there], RULES, AT, null).reasons.map((r) => r.recordId)).toEqual([
      here.id,
      there.id,
    ]);
  });

  it('CASE-2: an unrepaired serious dishonesty record bars commitment', () => {
    const result = evaluateEligibility([record('dishonesty', 'serious')], RULES, AT);
    expect(result.eligible).toBe(false);
    expect(result.reasons.map((r) => r.kind)).toEqual(['dishonesty']);
  });

  it('CASE-2: says why and how repair works (CRED-4), in both languages', () => {
    const result = evaluateEligibility([record('false-commitment', 'general')], RULES, AT);
    expect(result.repair).toContain('信用修复');
    expect(result.repair).toContain('一般程序提交证明材料');
    expect(result.repairEn).toContain('credit repair');
  });

  it('CASE-2: a repaired record no longer bars commitment (the record stays, CRED-4)', () => {
    const result = evaluateEligibility(
      [record('false-commitment', 'serious', REPAIRED), record('dishonesty', 'serious', REPAIRED)],
      RULES,
      AT,
    );
    expect(result.eligible).toBe(true);
    expect(result.reasons).toEqual([]);
    expect(result.repair).toBeNull();
  });

  it('CASE-2: a general dishonesty record does not bar commitment', () => {
    expect(evaluateEligibility([record('dishonesty', 'general')], RULES, AT).eligible).toBe(true);
  });

  it('CASE-2: among several records, only the barring ones are given as reasons', () => {
    const records = [
      record('dishonesty', 'general'),
      record('false-commitment', 'general', REPAIRED),
      record('dishonesty', 'serious'),
      record('false-commitment', 'general'),
    ];
    const result = evaluateEligibility(records, RULES, AT);
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
        barsCommitment(record(kind, severity, repaired ? REPAIRED : null), RULES, AT),
        `${kind}/${severity}/${repaired}`,
      ).toBe(bars);
  });
});
