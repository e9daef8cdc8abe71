// VER-1/CRED-3 根据信用状况确定核查方式: the party's credit grade at the decision, by the district's credit
// rules, decides how its online checks are made; the verifier and the applicant read why in the method.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerProvenApplicant } from '../../tests/support/applicants.ts';
import {
  type ApplicableMatter,
  act,
  apply,
  type CaseView,
  choicesFor,
  decide,
  getCaseView,
  matters,
} from '../../tests/support/cases.ts';
import { ok } from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';
import { defaultRulebook } from '../common/credit-rules.ts';
import { residentIdCheckCharacter } from '../common/identifiers/index.ts';
import { creditRecords, creditRuleVersions } from '../credit/schema.ts';
import { parties } from '../organisation/schema.ts';
import { auditEntries } from '../platform/audit/schema.ts';

const LS = '370212';
let t: TestApp;
let officer: Session;
let graduates: ApplicableMatter; // LS-29: three proofs, each checked online, none with an assisting agency

const resident = (birth: string, sequence: string) => {
  const first17 = `370212${birth}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
};
const GRADE_A = resident('19900315', '031');
const GRADE_C = resident('19870921', '046');

const register = (username: string, name: string, identifier: string) =>
  registerProvenApplicant(t, {
    username,
    password: 'Chengnuo@2026',
    name,
    identifier,
    districtCode: LS,
    phone: '13806391133',
  });

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.login('ls-case-officer');
  // Version 2 of 崂山区's rules lets a general dishonesty (grade C) still commit, and keeps the
  // seeds' method for grade C: assistance instead of online only.
  await t.database.db.insert(creditRuleVersions).values({
    districtCode: LS,
    version: 2,
    rules: {
      ...defaultRulebook,
      commitmentGrades: ['A', 'B', 'C'],
      categories: defaultRulebook.categories.map((c) =>
        c.code === 'general' ? { ...c, punishments: { ...c.punishments, noCommitment: false } } : c,
      ),
    },
    reason: '测试：一般失信可适用告知承诺，但核查方式从严',
    publishedAt: new Date('2026-01-01T00:00:00Z'),
  });
});
afterAll(() => t.close());

async function decidedCase(session: Session, documentNo: string): Promise<CaseView> {
  graduates ??= (await matters(session, LS)).find((m) => m.code === 'LS-29')!;
  const submitted = await ok<CaseView>(
    apply(session, {
      administrativeMatterId: graduates.id,
      proofs: await choicesFor(session, LS, graduates),
    }),
    201,
  );
  const accepted = await ok<CaseView>(act(officer, submitted, 'accept'));
  await ok(decide(officer, accepted, { outcome: 'approve', documentNo }));
  return getCaseView(officer, submitted.id);
}

describe('VER-1 CRED-3 the verification method of a new case follows the party’s grade', () => {
  it('VER-1 CRED-3: a grade C party’s online checks become the configured method, with the reason for verifier and applicant', async () => {
    const applicant = await register('cred3-sun', '孙一般', GRADE_C);
    const [party] = await t.database.db.select().from(parties).where(eq(parties.identifier, GRADE_C));
    await t.database.db.insert(creditRecords).values({
      partyId: party!.id,
      districtCode: LS,
      kind: 'dishonesty',
      category: 'general',
      ruleVersion: 2,
      source: 'manual',
      description: '逾期未履行行政处罚决定',
      authority: '崂山区市场监督管理局',
      basis: '测试依据',
      recordedAt: new Date('2026-03-01T00:00:00Z'),
      expiresAt: new Date('2027-03-01T00:00:00Z'),
    });
    const decided = await decidedCase(applicant, '崂人社许〔2026〕9701号');
    expect(decided.state).toBe('approved');
    const reason =
      '申请人信用等级为C（失信），按本区信用规则第2版应改为协查，该证明事项未指定协助单位，改为现场核查';
    expect(decided.verificationTasks.length).toBe(3);
    for (const task of decided.verificationTasks) {
      expect(task.verification).toBe('on-site');
      expect(task.method).toContain(reason);
    }
    // the applicant reads the same on their own case
    const own = await getCaseView(applicant, decided.id);
    expect(own.verificationTasks.every((task) => task.method.includes(reason))).toBe(true);
    const [audit] = await t.database.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'verification.planned'), eq(auditEntries.entityId, decided.id)));
    const planned = (audit!.after as { tasks: { verification?: string; creditReason?: string }[] }).tasks;
    expect(planned.every((task) => task.verification === 'on-site' && task.creditReason === reason)).toBe(
      true,
    );
  });

  it('VER-1 CRED-3: a grade A party’s checks stay online, as the list says', async () => {
    const applicant = await register('cred3-zhou', '周守信', GRADE_A);
    const decided = await decidedCase(applicant, '崂人社许〔2026〕9702号');
    expect(decided.verificationTasks.length).toBe(3);
    for (const task of decided.verificationTasks) {
      expect(task.verification).toBe('online');
      expect(task.method).not.toContain('信用等级');
    }
  });
});
