// "A case, its commitments, audit entries and verification tasks are written in one transaction: fault
// injection between steps leaves nothing half-written." A PL/pgSQL trigger makes one table refuse its
// write; the use case must fail and leave every table as it was, and succeed once the fault is gone.
// No seam in production code: the fault is in the database, where a crash or a constraint would be.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApplicableMatter,
  act,
  apply,
  type CaseView,
  choicesFor,
  commitTo,
  matters,
  uploadProof,
} from '../../tests/support/cases.ts';
import { ok } from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';
import { residentIdCheckCharacter } from '../common/identifiers/index.ts';
import { users } from '../organisation/schema.ts';
import type { Actor, Role } from '../platform/auth/actor.ts';
import { caseVerification } from '../verification/case-verification.ts';
import { changeProof } from './change-proof.ts';
import { generateSigningKey } from './commitment-signature.ts';
import { decideCase } from './decide-case.ts';
import { submitApplication } from './submit-application.ts';

const LS = '370212';
let t: TestApp;
let applicant: Session;
let officer: Session;
let graduates: ApplicableMatter; // LS-29: three listed proofs, all verified online
const platformKey = generateSigningKey();
/** A person the platform has not met: a counter application creates their party. */
const NEW_PERSON = `37021219951123002${residentIdCheckCharacter('37021219951123002')}`;

/** Every table a submission, a withdrawal or a decision writes, and how it stands. */
async function state() {
  const rows = async (sql: string) => (await t.database.sql.query(sql)).rows;
  return {
    counts: (
      await rows(`select
        (select count(*)::int from cases) as cases,
        (select count(*)::int from case_proofs) as case_proofs,
        (select count(*)::int from commitments) as commitments,
        (select count(*)::int from case_documents) as case_documents,
        (select count(*)::int from audit_entries) as audit_entries,
        (select count(*)::int from deadlines) as deadlines,
        (select count(*)::int from notifications) as notifications,
        (select count(*)::int from verification_tasks) as verification_tasks,
        (select count(*)::int from parties) as parties`)
    )[0],
    counters: await rows('select district_code, year, next from case_counters order by district_code, year'),
    chainHeads: await rows('select chain, seq, hash from audit_chain_heads order by chain'),
    cases: await rows('select id, state, revision, decision_no, accept_due_date from cases order by id'),
    proofs: await rows('select id, choice, file_id from case_proofs order by id'),
    commitments: await rows('select id, state from commitments order by id'),
    deadlines: await rows('select key, state, due_date from deadlines order by key'),
  };
}

/** Makes `table` refuse inserts and updates (those matching `when`, if given) until the work is done. */
async function withFault<T>(table: string, when: string | null, work: () => Promise<T>): Promise<unknown> {
  await t.database.sql.exec(`
    create or replace function chengnuo_test_fault() returns trigger language plpgsql as $$
    begin
      raise exception 'injected fault on %', tg_table_name;
    end $$;
    create trigger chengnuo_test_fault before insert or update on ${table}
      for each row ${when ? `when (${when})` : ''} execute function chengnuo_test_fault();
  `);
  try {
    await work();
  } catch (error) {
    return error;
  } finally {
    await t.database.sql.exec(`drop trigger chengnuo_test_fault on ${table}`);
  }
  return undefined;
}

/** The messages of an error and its causes (the driver's error is wrapped by Drizzle). */
function messages(error: unknown): string {
  const found: string[] = [];
  for (let e = error, depth = 0; e instanceof Object && depth < 6; e = (e as Error).cause, depth++)
    found.push(String((e as Error).message));
  return found.join(' | ');
}

async function actorOf(username: string): Promise<Actor> {
  const [u] = await t.database.db.select().from(users).where(eq(users.username, username));
  return {
    userId: u!.id,
    username: u!.username,
    displayName: u!.displayName,
    role: u!.role as Role,
    jurisdictionCode: u!.jurisdictionCode,
    districtCode: u!.districtCode,
    agencyId: u!.agencyId,
    partyId: u!.partyId,
    partyCapacity: u!.partyCapacity,
    ip: null,
    requestId: null,
  };
}

beforeAll(async () => {
  t = await createTestApp();
  applicant = await t.login('ls-applicant');
  officer = await t.login('ls-case-officer');
  graduates = (await matters(applicant, LS)).find((m) => m.code === 'LS-29')!;
  // A first case, so the district's counter exists and the chain has a head.
  await ok(
    apply(applicant, {
      administrativeMatterId: graduates.id,
      proofs: await choicesFor(applicant, LS, graduates),
    }),
    201,
  );
});
afterAll(() => t.close());

/** The submission's writes, in order: counter, case, proofs, commitments, letters, clock (+ audit), notices, audit. */
const SUBMISSION_FAULTS: [table: string, when: string | null][] = [
  ['case_counters', null],
  ['cases', null],
  ['case_proofs', null],
  ['commitments', null],
  ['case_documents', null],
  ['deadlines', null],
  ['audit_entries', null], // the first entry: the acceptance clock registered
  ['cases', 'new.accept_due_date is not null'], // the case updated with its due date
  ['notifications', null],
  ['audit_entries', "new.action = 'case.submitted'"], // the very last write
];

describe('Q-3 / Q-4: a submission is written whole or not at all', () => {
  for (const [table, when] of SUBMISSION_FAULTS)
    it(`CASE-1: a fault on ${table}${when ? ` (${when})` : ''} leaves no case, proof, commitment, letter, clock, notice or audit entry`, async () => {
      const actor = await actorOf('ls-applicant');
      const input = {
        administrativeMatterId: graduates.id,
        proofs: await choicesFor(applicant, LS, graduates, (p) =>
          p.name === '学历证明' ? { choice: 'upload' } : {},
        ),
        submit: true,
        signature: { method: 'platform' as const },
      };
      const key = `fault-${table}-${when ?? 'any'}`.slice(0, 100);
      const before = await state();
      const submit = () =>
        submitApplication({
          database: t.database,
          actor,
          now: t.clock.now,
          platformKey,
          idempotencyKey: key,
          input,
        });
      const error = await withFault(table, when, submit);
      expect(messages(error)).toContain(`injected fault on ${table}`);
      expect(await state()).toEqual(before);
      // Without the fault the same request (same key) succeeds: the failed attempt consumed nothing,
      // and the case takes the very next number of the counter.
      const next = (before.counters as { district_code: string; year: number; next: number }[]).find(
        (c) => c.district_code === LS && c.year === 2026,
      )!.next;
      const { caseRow, replayed } = await submit();
      expect(replayed).toBe(false);
      expect(caseRow.caseNo).toBe(`${LS}-2026-${String(next + 1).padStart(6, '0')}`);
      const after = await state();
      expect(after.counts).toMatchObject({
        cases: (before.counts as Record<string, number>).cases! + 1,
        case_proofs: (before.counts as Record<string, number>).case_proofs! + 3,
        commitments: (before.counts as Record<string, number>).commitments! + 2,
        case_documents: (before.counts as Record<string, number>).case_documents! + 4,
        deadlines: (before.counts as Record<string, number>).deadlines! + 1,
      });
    });

  it('CASE-1: a counter application’s new party is not created when the submission fails', async () => {
    const actor = await actorOf('ls-case-officer');
    const scanFileId = await uploadProof(officer, LS, '签字扫描件.pdf');
    const before = await state();
    const error = await withFault('commitments', null, () =>
      submitApplication({
        database: t.database,
        actor,
        now: t.clock.now,
        platformKey,
        idempotencyKey: null,
        input: {
          administrativeMatterId: graduates.id,
          proofs: graduates.proofs.map((p) => commitTo(p.name)),
          submit: true,
          applicant: { kind: 'person', identifier: NEW_PERSON, name: '周见微', phone: '13912345678' },
          signature: { method: 'paper', scanFileId },
        },
      }),
    );
    expect(messages(error)).toContain('injected fault on commitments');
    expect(await state()).toEqual(before);
  });
});

describe('CASE-5: a withdrawal of a commitment is written whole or not at all', () => {
  for (const table of ['case_proofs', 'commitments', 'cases', 'audit_entries', 'notifications'])
    it(`CASE-5: a fault on ${table} leaves the proof committed and the commitment signed`, async () => {
      const c = await ok<CaseView>(
        apply(applicant, {
          administrativeMatterId: graduates.id,
          proofs: await choicesFor(applicant, LS, graduates),
        }),
        201,
      );
      const fileId = await uploadProof(applicant, LS);
      const actor = await actorOf('ls-applicant');
      const before = await state();
      const withdraw = () =>
        changeProof({
          database: t.database,
          actor,
          now: t.clock.now,
          id: c.id,
          proofId: c.proofs[0]!.id,
          revision: c.revision,
          change: 'withdraw-commitment',
          fileId,
          reason: '改交证明',
        });
      expect(messages(await withFault(table, null, withdraw))).toContain(`injected fault on ${table}`);
      expect(await state()).toEqual(before);
      await withdraw();
      expect((await state()).commitments).not.toEqual(before.commitments);
    });
});

/** The approval's writes: commitments into verification, tasks, their clocks (+ audit), clocks closed, case, audit, notices. */
const APPROVAL_FAULTS: [table: string, when: string | null][] = [
  ['commitments', null],
  ['verification_tasks', null],
  ['deadlines', "new.key like 'verification:%'"],
  ['audit_entries', "new.action = 'verification.planned'"],
  ['deadlines', "new.state = 'done'"], // the decision clock closed
  ['cases', null],
  ['notifications', null],
  ['audit_entries', "new.action = 'case.approved'"],
];

describe('CASE-6 / VER-1: an approval and its verification plan are written whole or not at all', () => {
  for (const [table, when] of APPROVAL_FAULTS)
    it(`CASE-6: a fault on ${table}${when ? ` (${when})` : ''} leaves the case accepted, no task, no clock, commitments signed`, async () => {
      const submitted = await ok<CaseView>(
        apply(applicant, {
          administrativeMatterId: graduates.id,
          proofs: await choicesFor(applicant, LS, graduates),
        }),
        201,
      );
      const accepted = await ok<CaseView>(act(officer, submitted, 'accept'));
      const actor = await actorOf('ls-case-officer');
      const documentNo = `崂人社给〔2026〕${9000 + APPROVAL_FAULTS.findIndex(([x, w]) => x === table && w === when)}号`;
      const approve = () =>
        decideCase({
          database: t.database,
          actor,
          now: t.clock.now,
          id: accepted.id,
          revision: accepted.revision,
          input: { outcome: 'approve', documentNo },
          verification: caseVerification,
        });
      const before = await state();
      expect(messages(await withFault(table, when, approve))).toContain(`injected fault on ${table}`);
      expect(await state()).toEqual(before);
      const done = await approve();
      expect(done.caseRow.state).toBe('approved');
      expect(done.verificationTasks).toBe(3);
      const after = await state();
      expect((after.counts as Record<string, number>).verification_tasks).toBe(
        (before.counts as Record<string, number>).verification_tasks! + 3,
      );
    });
});
