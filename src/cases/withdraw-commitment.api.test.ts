// CASE-5: until the decision the applicant may withdraw from commitment for any proof and submit the
// proof instead; the case goes on under the ordinary procedure and the withdrawal is in its history.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApplicableMatter,
  act,
  apply,
  type CaseView,
  choicesFor,
  decide,
  getCaseView,
  matters,
  uploadProof,
} from '../../tests/support/cases.ts';
import { ok } from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';
import { commitments } from './schema.ts';

const LS = '370212';
let t: TestApp;
let applicant: Session;
let officer: Session;
let graduates: ApplicableMatter; // LS-29: three listed proofs

const withdraw = (
  session: Session,
  c: { id: string; revision: number },
  proofId: string,
  body: { fileId?: string | null; reason?: string } = {},
) =>
  session.request('POST', `/api/cases/${c.id}/proofs/${proofId}/withdraw-commitment`, {
    revision: c.revision,
    ...body,
  });

const commitmentRows = (caseId: string) =>
  t.database.db.select().from(commitments).where(eq(commitments.caseId, caseId));

async function inboxAbout(session: Session, caseId: string) {
  const inbox = await ok<{ items: { title: string; link: string | null }[] }>(
    session.request('GET', '/api/inbox?limit=200'),
  );
  return inbox.items.filter((n) => n.link === `/workbench/cases/${caseId}`).map((n) => n.title);
}

const newCase = async () =>
  ok<CaseView>(
    apply(applicant, {
      administrativeMatterId: graduates.id,
      proofs: await choicesFor(applicant, LS, graduates),
    }),
    201,
  );

beforeAll(async () => {
  t = await createTestApp();
  applicant = await t.login('ls-applicant');
  officer = await t.login('ls-case-officer');
  graduates = (await matters(applicant, LS)).find((m) => m.code === 'LS-29')!;
});
afterAll(() => t.close());

describe('CASE-5 withdrawing a commitment before the decision', () => {
  let submitted: CaseView;
  let after: CaseView;

  beforeAll(async () => {
    submitted = await newCase();
  });

  it('CASE-5: the proof becomes an upload, its commitment is withdrawn, the case stays where it was', async () => {
    const target = submitted.proofs[0]!;
    const fileId = await uploadProof(applicant, LS, '学历证书.pdf');
    after = await ok<CaseView>(
      withdraw(applicant, submitted, target.id, { fileId, reason: '学信网无法核验境外学历' }),
    );
    expect(after.state).toBe('submitted');
    expect(after.revision).toBe(submitted.revision + 1);
    expect(after.proofs[0]).toMatchObject({
      id: target.id,
      choice: 'upload',
      commitment: null,
      file: { id: fileId, fileName: '学历证书.pdf' },
      // the withdrawn commitment stays visible on the case, with why
      lastCommitment: { id: target.commitment!.id, state: 'withdrawn', stateNote: '学信网无法核验境外学历' },
    });
    // the uploaded proof opens for both sides, byte for byte
    for (const side of [applicant, officer]) {
      const download = await side.request('GET', after.proofs[0]!.file!.url);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.body.startsWith('%PDF-')).toBe(true);
    }
    // the other commitments carry on
    expect(after.proofs.slice(1).map((p) => p.commitment?.state)).toEqual(['signed', 'signed']);
    const [row] = (await commitmentRows(submitted.id)).filter((c) => c.id === target.commitment!.id);
    expect(row).toMatchObject({ state: 'withdrawn', stateNote: '学信网无法核验境外学历' });
    expect(row!.stateChangedAt.toISOString()).toBe(t.clock.now.toISOString());
  });

  it('CASE-5: the withdrawal is in the case’s history, with the proof and the reason', async () => {
    const withdrawal = after.history.find((h) => h.action === 'case.commitment-withdrawn');
    expect(withdrawal).toMatchObject({
      proof: submitted.proofs[0]!.proofName,
      note: '学信网无法核验境外学历',
      actorName: '张立新', // the display name, not the username
      actorRole: 'applicant',
    });
    // the officer sees the same history
    expect((await getCaseView(officer, after.id)).history.map((h) => h.action)).toContain(
      'case.commitment-withdrawn',
    );
  });

  it('CASE-5 / CASE-7: both sides are told in their inboxes', async () => {
    for (const side of [applicant, officer]) {
      const titles = await inboxAbout(side, after.id);
      expect(
        titles.some((title) => title.includes('撤回') && title.includes(after.caseNo)),
        side.username,
      ).toBe(true);
    }
  });

  it('CASE-5: a file is not attached to a committed proof behind its commitment’s back (400 proofId)', async () => {
    const committed = after.proofs[1]!;
    const response = await applicant.request(
      'POST',
      `/api/cases/${after.id}/proofs/${committed.id}/attach-file`,
      {
        revision: after.revision,
        fileId: await uploadProof(applicant, LS),
      },
    );
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION', field: 'proofId' });
    const seen = await getCaseView(applicant, after.id);
    expect(seen.revision).toBe(after.revision);
    expect(seen.proofs[1]).toMatchObject({ choice: 'commit', file: null, commitment: { state: 'signed' } });
  });

  it('CASE-5: a proof not under commitment cannot be “withdrawn” (400 proofId); a stale revision is 409', async () => {
    const again = await withdraw(applicant, after, after.proofs[0]!.id, { fileId: null });
    expect(again.statusCode).toBe(400);
    expect(again.json().field).toBe('proofId');
    const stale = await withdraw(applicant, submitted, after.proofs[1]!.id);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
  });

  it('CASE-5: after acceptance too: withdrawing without a file leaves the proof to upload before the decision', async () => {
    const accepted = await ok<CaseView>(act(officer, after, 'accept'));
    const second = accepted.proofs[1]!;
    const withdrawn = await ok<CaseView>(
      withdraw(applicant, accepted, second.id, { reason: '改交纸质证明' }),
    );
    expect(withdrawn.state).toBe('accepted');
    expect(withdrawn.proofs[1]).toMatchObject({ choice: 'upload', file: null, commitment: null });
    // the decision waits for the proof (ordinary procedure)
    const early = await decide(officer, withdrawn, {
      outcome: 'approve',
      documentNo: '崂人社许〔2026〕9501号',
    });
    expect(early.statusCode, early.body).toBe(400);
    expect(early.json().field).toBe('proofs[1]');
    const attached = await ok<CaseView>(
      applicant.request('POST', `/api/cases/${withdrawn.id}/proofs/${second.id}/attach-file`, {
        revision: withdrawn.revision,
        fileId: await uploadProof(applicant, LS, '缴费证明.pdf'),
      }),
    );
    const approved = await ok<CaseView>(
      decide(officer, attached, { outcome: 'approve', documentNo: '崂人社许〔2026〕9501号' }),
    );
    expect(approved.state).toBe('approved');
    // only the commitment still standing is verified (VER-1)
    expect(approved.verificationTasks.map((v) => v.proofName)).toEqual([approved.proofs[2]!.proofName]);
    after = approved;
  });

  it('CASE-5: after the decision a commitment can no longer be withdrawn (409) and stays in verification', async () => {
    const third = after.proofs[2]!;
    const late = await withdraw(applicant, after, third.id, { fileId: await uploadProof(applicant, LS) });
    expect(late.statusCode, late.body).toBe(409);
    expect(late.json().code).toBe('ILLEGAL_TRANSITION');
    const [row] = await t.database.db
      .select()
      .from(commitments)
      .where(and(eq(commitments.caseId, after.id), eq(commitments.caseProofId, third.id)));
    expect(row!.state).toBe('in-verification');
    expect((await getCaseView(applicant, after.id)).proofs[2]!.choice).toBe('commit');
  });

  it('CASE-5: a refused or withdrawn application cannot have its commitments withdrawn either (409)', async () => {
    const other = await newCase();
    const gone = await ok<CaseView>(act(applicant, other, 'withdraw', '不再申请'));
    expect(gone.state).toBe('withdrawn');
    const late = await withdraw(applicant, gone, gone.proofs[0]!.id, {
      fileId: await uploadProof(applicant, LS),
    });
    expect(late.statusCode).toBe(409);
    // the application's own withdrawal lapsed its commitments (they were never decided on)
    expect((await commitmentRows(other.id)).map((c) => c.state)).toEqual(['lapsed', 'lapsed', 'lapsed']);
  });

  it('CASE-5 / ORG-2: only the applicant withdraws: the officer of an online case is refused (403)', async () => {
    const other = await newCase();
    const response = await withdraw(officer, other, other.proofs[0]!.id, {
      fileId: await uploadProof(officer, LS),
    });
    expect(response.statusCode, response.body).toBe(403);
    expect((await commitmentRows(other.id)).map((c) => c.state)).toEqual(['signed', 'signed', 'signed']);
  });
});
