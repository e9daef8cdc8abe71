import { and, eq } from 'drizzle-orm';
import { applicationContext } from '../cases/application-context.ts';
import type { CounterApplicant } from '../cases/case-applicant.ts';
import type { CaseRow } from '../cases/case-store.ts';
import { changeProof } from '../cases/change-proof.ts';
import { decideCase } from '../cases/decide-case.ts';
import type { ProofRequest } from '../cases/proof-plan.ts';
import { resubmitCase } from '../cases/resubmit-case.ts';
import { caseProofs } from '../cases/schema.ts';
import { submitApplication } from '../cases/submit-application.ts';
import { takeCaseAction } from '../cases/take-case-action.ts';
import { uploadCaseFile } from '../cases/upload-case-file.ts';
import type { CommittedFacts } from '../common/shared-records.ts';
import { administrativeMatters } from '../lists/schema.ts';
import { users } from '../organisation/schema.ts';
import type { AuditActor } from '../platform/audit/record.ts';
import type { Actor, Role } from '../platform/auth/actor.ts';
import type { WorkingCalendar } from '../platform/calendar/index.ts';
import type { PlatformKey } from '../platform/crypto/platform-key.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import { shanghaiDate } from '../platform/time.ts';
import { caseVerification } from '../verification/case-verification.ts';
import { demoPdf } from './demo-pdf.ts';
import { type DemoMigratedCase, loadMigratedCase } from './load-demo-migrated.ts';

/** The shapes of `demo/cases.json` (its `about` says how to read it). */
interface DemoStep {
  do:
    | 'draft'
    | 'submit'
    | 'accept'
    | 'request-correction'
    | 'resubmit'
    | 'withdraw-commitment'
    | 'withdraw'
    | 'terminate'
    | 'approve'
    | 'refuse';
  day: number;
  time: string;
  note?: string;
  proof?: string;
  reason?: string;
  documentNo?: string;
}
interface DemoCase {
  story: string;
  matter: string;
  /** An applicant's username (online), or the walk-in applicant a window officer enters (counter). */
  applicant?: string;
  counter?: CounterApplicant;
  /** The handling officer, when not the district's. */
  officer?: string;
  upload?: string[];
  /** VER-2: the facts committed to, by proof name. */
  facts?: Record<string, CommittedFacts>;
  steps: DemoStep[];
}
export interface DemoCases {
  districts: { district: string; officer: string; migrated: DemoMigratedCase[]; cases: DemoCase[] }[];
}

/**
 * Loads the cases story: each district's cases in every state, step by step through the use cases
 * users go through, all districts' steps in the order they happened (so case numbers and inboxes
 * run in time); before them, each district's migrated historical false commitment (CRED-1, CASE-2).
 */
export async function loadDemoCases(options: {
  database: Database;
  tx: Tx;
  cases: DemoCases;
  now: Date;
  calendar: WorkingCalendar;
  platformKey: PlatformKey;
  system: AuditActor;
}): Promise<void> {
  const { tx, calendar, now, platformKey } = options;
  const database: Database = { ...options.database, db: tx.db, sql: tx.sql, transaction: (work) => work(tx) };
  const today = shanghaiDate(now);
  const at = (day: number, time: string) => {
    const moment = new Date(`${calendar.addWorkingDays(today, day).value}T${time}:00+08:00`);
    if (moment >= now) throw new Error(`demo cases: working day ${day} ${time} is not in the past`);
    return moment;
  };
  const actors = new Map<string, Actor>();
  const actorOf = async (username: string): Promise<Actor> => {
    const known = actors.get(username);
    if (known) return known;
    const [u] = await tx.db.select().from(users).where(eq(users.username, username));
    if (!u) throw new Error(`demo cases name an unknown user ${username}`);
    const actor: Actor = { ...u, userId: u.id, role: u.role as Role, ip: null, requestId: null };
    actors.set(username, actor);
    return actor;
  };
  const matterOf = async (district: string, code: string) => {
    const [m] = await tx.db
      .select()
      .from(administrativeMatters)
      .where(and(eq(administrativeMatters.districtCode, district), eq(administrativeMatters.code, code)));
    if (!m) throw new Error(`demo cases: no matter ${code} in ${district}`);
    return m;
  };
  const upload = async (actor: Actor, district: string, fileName: string, when: Date) =>
    (
      await uploadCaseFile({
        database,
        actor,
        now: when,
        input: {
          districtCode: district,
          fileName,
          contentType: 'application/pdf',
          contentBase64: demoPdf(`Chengnuo demo scan ${shanghaiDate(when)}`).toString('base64'),
        },
      })
    ).id;

  for (const d of options.cases.districts)
    for (const migrated of d.migrated)
      await loadMigratedCase(tx, {
        district: d.district,
        migrated,
        year: Number(today.slice(0, 4)) - migrated.yearsAgo,
        when: at(migrated.migratedInWorkingDays, '09:00'),
        platformKey,
        system: options.system,
      });

  interface Run {
    district: string;
    c: DemoCase;
    officer: Actor;
    /** Who acts for the applicant: the account online, the window officer at the counter. */
    applicant: Actor;
    row?: CaseRow;
  }
  const runs: Run[] = [];
  for (const d of options.cases.districts)
    for (const c of d.cases) {
      const officer = await actorOf(c.officer ?? d.officer);
      runs.push({
        district: d.district,
        c,
        officer,
        applicant: c.counter ? officer : await actorOf(c.applicant!),
      });
    }
  const steps = runs
    .flatMap((run) => run.c.steps.map((step) => ({ run, step, when: at(step.day, step.time) })))
    .sort((a, b) => a.when.getTime() - b.when.getTime());
  for (const { run, step, when } of steps) run.row = await take(run, step, when);

  async function take(run: Run, step: DemoStep, when: Date): Promise<CaseRow> {
    const { c, district } = run;
    if (step.do === 'draft' || step.do === 'submit') {
      if (run.row) throw new Error(`demo cases: ${c.matter} is applied for once`);
      const matter = await matterOf(district, c.matter);
      const { listed } = await applicationContext(tx.db, matter.id, when);
      const submit = step.do === 'submit';
      const proofs: ProofRequest[] = [];
      for (const proof of matter.proofs) {
        const item = listed.get(proof);
        if (item && !c.upload?.includes(proof))
          proofs.push({
            proof,
            choice: 'commit',
            disclosure: item.disclosure ? 'consent' : null,
            facts: c.facts?.[proof] ?? null,
          });
        else
          proofs.push({
            proof,
            choice: 'upload',
            fileId: submit ? await upload(run.applicant, district, `${proof}.pdf`, when) : null,
          });
      }
      const signature = c.counter
        ? {
            method: 'paper' as const,
            scanFileId: await upload(run.officer, district, '告知承诺书签字扫描件.pdf', when),
          }
        : { method: 'platform' as const };
      const { caseRow } = await submitApplication({
        database,
        actor: run.applicant,
        now: when,
        platformKey,
        idempotencyKey: null,
        input: {
          administrativeMatterId: matter.id,
          proofs,
          submit,
          ...(c.counter ? { applicant: c.counter } : {}),
          ...(submit ? { signature } : {}),
        },
      });
      return caseRow;
    }
    const row = run.row;
    if (!row) throw new Error(`demo cases: ${c.matter} has a step before its application`);
    const common = { database, now: when, id: row.id, revision: row.revision };
    switch (step.do) {
      case 'accept':
      case 'request-correction':
      case 'terminate':
        return takeCaseAction({ ...common, actor: run.officer, action: step.do, note: step.note ?? '' });
      case 'withdraw':
        return takeCaseAction({ ...common, actor: run.applicant, action: 'withdraw', note: step.note ?? '' });
      case 'resubmit':
        return resubmitCase({ ...common, actor: run.applicant });
      case 'withdraw-commitment': {
        const [proof] = await tx.db
          .select()
          .from(caseProofs)
          .where(and(eq(caseProofs.caseId, row.id), eq(caseProofs.proofName, step.proof!)));
        if (!proof) throw new Error(`demo cases: ${c.matter} has no proof ${step.proof}`);
        return changeProof({
          ...common,
          actor: run.applicant,
          proofId: proof.id,
          change: 'withdraw-commitment',
          fileId: await upload(run.applicant, district, `${step.proof}.pdf`, when),
          reason: step.reason ?? '',
        });
      }
      case 'approve':
      case 'refuse': {
        const decidedOn = shanghaiDate(when);
        const decided = await decideCase({
          ...common,
          verification: caseVerification,
          actor: run.officer,
          input: {
            outcome: step.do,
            decidedOn,
            documentNo: step.documentNo!.replace('{year}', decidedOn.slice(0, 4)),
            ...(step.reason ? { reason: step.reason } : {}),
          },
        });
        if (decided.eligibilityFailed) throw new Error(`demo cases: ${row.caseNo} failed eligibility`);
        return decided.caseRow;
      }
    }
  }
}
