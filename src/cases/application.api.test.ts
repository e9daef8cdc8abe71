// CASE-1 (apply, choose per proof, the list in force), CASE-3 (notice, signed commitment, PDFs, SM2) and
// Q-4 (the same application twice is one case), through the HTTP API on the demo data.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { sm2 } from 'sm-crypto-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApplicableMatter,
  type ApplicationForm,
  act,
  apply,
  type CaseView,
  choicesFor,
  commitTo,
  decide,
  getCaseView,
  matters,
  uploadProof,
} from '../../tests/support/cases.ts';
import { amendItem, draftRow, ok, publicList, publish, workspace } from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';
import { parties } from '../organisation/schema.ts';
import { platformKeys } from '../platform/crypto/schema.ts';
import { canonicalJson, sm3Hex } from '../platform/crypto/sm3.ts';
import { caseDocuments, cases, commitments } from './schema.ts';

const LS = '370212';
const PERSON = '370212197803122135'; // ls-applicant, 张立新
let t: TestApp;
let applicant: Session;
let officer: Session;
/** The version of 崂山区's list in force today (2 in the demo data, after its adjustment). */
let inForce: number;

beforeAll(async () => {
  t = await createTestApp();
  applicant = await t.login('ls-applicant');
  officer = await t.login('ls-case-officer');
  inForce = (await publicList(t, LS)).version;
});
afterAll(() => t.close());

/** A matter of 崂山区 by its catalogue code (LS-02 …), as the applicant's matter list shows it. */
async function matter(code: string): Promise<ApplicableMatter> {
  const found = (await matters(applicant, LS)).find((m) => m.code === code);
  expect(found, code).toBeDefined();
  return found!;
}

const casesOfParty = async (identifier: string) => {
  const [party] = await t.database.db.select().from(parties).where(eq(parties.identifier, identifier));
  return t.database.db.select().from(cases).where(eq(cases.partyId, party!.id));
};

/** The text pdftotext finds in a PDF. */
function pdfText(bytes: Buffer): string {
  const folder = mkdtempSync(join(tmpdir(), 'case-pdf-'));
  try {
    const file = join(folder, 'letter.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('CASE-1 an applicant picks a matter and chooses, per proof, commitment or the proof', () => {
  it('CASE-1: the matters show, per proof, whether it is under commitment in the list in force today', async () => {
    // 灵活就业人员社会保险补贴申领: 无工作单位证明 left the list in version 2 (LIST-4 demo adjustment).
    const flexible = await matter('LS-28');
    expect(flexible.proofs).toEqual([
      { name: '无工作单位证明', listed: false, verification: null, disclosure: false },
      { name: '社会保险缴纳证明', listed: true, verification: 'online', disclosure: false },
    ]);
  });

  it('CASE-1: the application form shows each listed proof’s item and the notice and commitment filled for the applicant', async () => {
    const flexible = await matter('LS-28');
    const form = await ok<ApplicationForm>(
      applicant.request('GET', `/api/cases/application-form?matterId=${flexible.id}`),
    );
    expect(form.list?.versionNo).toBe(inForce);
    expect(form.applicant).toMatchObject({
      kind: 'person',
      name: '张立新',
      identifier: '370212197803122135',
    });
    expect(form.eligibility?.eligible).toBe(true);
    expect(form.proofs[0]).toMatchObject({ name: '无工作单位证明', listed: false, commitment: null });
    const listed = form.proofs[1]!;
    expect(listed).toMatchObject({ name: '社会保险缴纳证明', listed: true });
    expect(listed.item).toMatchObject({ verification: 'online', disclosure: false });
    expect(JSON.stringify(listed.commitment)).toContain('张立新');
    expect(JSON.stringify(listed.notice)).toBeTruthy();
  });

  it('CASE-1: applies committing one listed proof and uploading the other; the case records both choices', async () => {
    const deaths = await matter('LS-02'); // 死亡证明 (online), 亲属关系证明 (assistance): both listed
    const fileId = await uploadProof(applicant, LS, '亲属关系证明.pdf');
    const created = await ok<CaseView>(
      apply(applicant, {
        administrativeMatterId: deaths.id,
        proofs: [commitTo('死亡证明'), { proof: '亲属关系证明', choice: 'upload', fileId }],
      }),
      201,
    );
    expect(created).toMatchObject({ state: 'submitted', channel: 'online', listVersionNo: inForce });
    expect(created.caseNo).toMatch(/^370212-2026-\d{6}$/);
    expect(created.proofs.map((p) => [p.proofName, p.listed, p.choice])).toEqual([
      ['死亡证明', true, 'commit'],
      ['亲属关系证明', true, 'upload'],
    ]);
    expect(created.proofs[0]!.commitment).toMatchObject({ state: 'signed', signatureMethod: 'platform' });
    expect(created.proofs[1]!.commitment).toBeNull();
    expect(created.proofs[1]!.file).toMatchObject({ fileName: '亲属关系证明.pdf' });
    // one filled notice and one signed commitment for the committed proof (CASE-3)
    expect(created.documents.map((d) => d.kind).sort()).toEqual(['commitment', 'notice']);
    expect(created.acceptDueDate).toBeTruthy();
    expect(created.history.map((h) => h.action)).toEqual(['case.submitted']);
  });

  it('CASE-1: a proof not on the list in force is never committed, whatever the client sends (400 proofs[i].choice)', async () => {
    const flexible = await matter('LS-28');
    const before = await casesOfParty(PERSON);
    const refused = await apply(applicant, {
      administrativeMatterId: flexible.id,
      proofs: [commitTo('社会保险缴纳证明'), commitTo('无工作单位证明')],
    });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'VALIDATION', field: 'proofs[1].choice' });
    expect(refused.json().message).toContain('无工作单位证明');
    // a client claiming the proof is listed is turned away by the schema, not believed
    const claiming = await apply(applicant, {
      administrativeMatterId: flexible.id,
      proofs: [{ proof: '无工作单位证明', choice: 'commit', listed: true }, commitTo('社会保险缴纳证明')],
    });
    expect(claiming.statusCode).toBe(400);
    // nor through a draft submitted later with changed choices
    const draft = await ok<CaseView>(
      apply(applicant, {
        administrativeMatterId: flexible.id,
        submit: false,
        proofs: [{ proof: '无工作单位证明', choice: 'upload' }, commitTo('社会保险缴纳证明')],
      }),
      201,
    );
    expect(draft.state).toBe('draft');
    const payloads = await ok<{ proof: string }[]>(
      applicant.request('GET', `/api/cases/${draft.id}/signing-payloads`),
    );
    expect(payloads.map((p) => p.proof)).toEqual(['社会保险缴纳证明']);
    const sneaked = await applicant.request('POST', `/api/cases/${draft.id}/submit`, {
      revision: draft.revision,
      proofs: [commitTo('无工作单位证明'), commitTo('社会保险缴纳证明')],
      signature: { method: 'platform' },
    });
    expect(sneaked.statusCode, sneaked.body).toBe(400);
    expect(sneaked.json().field).toBe('proofs[0].choice');
    expect((await getCaseView(applicant, draft.id)).state).toBe('draft');
    const after = await casesOfParty(PERSON);
    expect(after.length).toBe(before.length + 1); // the draft only
    const [party] = await t.database.db.select().from(parties).where(eq(parties.identifier, PERSON));
    const committed = await t.database.db
      .select()
      .from(commitments)
      .where(and(eq(commitments.proofName, '无工作单位证明'), eq(commitments.partyId, party!.id)));
    expect(committed).toEqual([]);
  });

  it('CASE-1: a list published later does not change a submitted case; new applications use the new version', async () => {
    const pension = await matter('LS-03'); // 社会保险缴纳证明 (online)
    const submitted = await ok<CaseView>(
      apply(applicant, {
        administrativeMatterId: pension.id,
        proofs: await choicesFor(applicant, LS, pension),
      }),
      201,
    );
    const oldDays = submitted.proofs[0]!.item!.timeLimitWorkingDays;
    expect(submitted.listVersionNo).toBe(inForce);
    // The justice bureau publishes version 3 with a different time limit for that very item.
    const justice = await t.login('ls-justice');
    const row = draftRow(await workspace(justice), '社会保险缴纳证明', '城乡居民基本养老保险待遇申领');
    await ok(amendItem(justice, row, { timeLimitWorkingDays: oldDays + 7, remarks: '调整核查时限' }));
    const version = await ok<{ versionNo: number }>(
      publish(justice, (await workspace(justice)).draftRevision, '调整核查时限'),
      201,
    );
    expect(version.versionNo).toBe(inForce + 1);
    const kept = await getCaseView(officer, submitted.id);
    expect(kept.listVersionNo).toBe(inForce);
    expect(kept.proofs[0]!.item).toEqual(submitted.proofs[0]!.item);
    expect(kept.proofs[0]!.commitment?.textSm3).toBe(submitted.proofs[0]!.commitment?.textSm3);
    // Decided after the new version, the verification clock still follows the item the case applied under.
    const accepted = await ok<CaseView>(act(officer, kept, 'accept'));
    const approved = await ok<CaseView>(
      decide(officer, accepted, { outcome: 'approve', documentNo: '崂人社许〔2026〕9601号' }),
    );
    const calendar = await ok<{ date: string }>(
      officer.request('GET', `/api/calendar/add-working-days?from=${approved.decidedOn}&days=${oldDays}`),
    );
    expect(approved.verificationTasks).toHaveLength(1);
    expect(approved.verificationTasks[0]!.dueDate).toBe(calendar.date);
    // A new application is made under version 3 and its terms.
    const fresh = await ok<CaseView>(
      apply(applicant, {
        administrativeMatterId: pension.id,
        proofs: await choicesFor(applicant, LS, pension),
      }),
      201,
    );
    expect(fresh.listVersionNo).toBe(version.versionNo);
    inForce = version.versionNo;
    expect(fresh.proofs[0]!.item!.timeLimitWorkingDays).toBe(oldDays + 7);
  });
});

describe('CASE-3 the notice and the signed commitment', () => {
  let signed: CaseView;

  beforeAll(async () => {
    const graduates = await matter('LS-29'); // three listed proofs
    signed = await ok<CaseView>(
      apply(applicant, {
        administrativeMatterId: graduates.id,
        proofs: await choicesFor(applicant, LS, graduates),
        phone: '13905321234',
      }),
      201,
    );
  });

  it('CASE-3: each commitment carries the SM3 of its filled text, and the platform signature verifies over identity, hash and time', async () => {
    const [platform] = await t.database.db
      .select()
      .from(platformKeys)
      .where(eq(platformKeys.name, 'platform-sm2'));
    expect(signed.proofs.filter((p) => p.commitment)).toHaveLength(3);
    for (const proof of signed.proofs) {
      const c = proof.commitment!;
      expect(c.textSm3).toMatch(/^[0-9a-f]{64}$/);
      expect(c.signerPublicKey).toBe(platform!.publicKey);
      const [row] = await t.database.db.select().from(commitments).where(eq(commitments.id, c.id));
      // What was signed: the applicant's identity, the hash of the filled commitment, the time.
      expect(row!.signedPayload).toBe(
        canonicalJson({
          committer: { identifier: signed.applicant.identifier, name: signed.applicant.name },
          item: proof.item!.key,
          text: { sm3: c.textSm3 },
          signedAt: c.signedAt,
        }),
      );
      expect(sm2.doVerifySignature(row!.signedPayload, c.signature, c.signerPublicKey, { hash: true })).toBe(
        true,
      );
      // textSm3 is the SM3 of the commitment letter as stored
      const [letter] = await t.database.db
        .select()
        .from(caseDocuments)
        .where(and(eq(caseDocuments.commitmentId, c.id), eq(caseDocuments.kind, 'commitment')));
      expect(sm3Hex(canonicalJson(letter!.model))).toBe(c.textSm3);
      expect(JSON.stringify(letter!.model)).toContain('张立新');
      // a tampered payload does not verify
      expect(
        sm2.doVerifySignature(
          row!.signedPayload.replace('张立新', '张立兴'),
          c.signature,
          c.signerPublicKey,
          {
            hash: true,
          },
        ),
      ).toBe(false);
    }
  });

  it('CASE-3 / DOC-6: the filled notice and the signed commitment download as PDFs naming the applicant', async () => {
    expect(signed.documents).toHaveLength(6);
    const kinds = ['notice', 'commitment'] as const;
    for (const doc of kinds.map((kind) => signed.documents.find((d) => d.kind === kind)!)) {
      const response = await applicant.request('GET', doc.pdfUrl);
      expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
      expect(response.headers['content-type']).toContain('application/pdf');
      expect(response.headers['cache-control']).toContain('private');
      expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(response.rawPayload).replace(/\s+/g, '');
      expect(text, doc.title).toContain('张立新');
      if (doc.kind !== 'commitment') continue;
      // a person's number is labelled as one; a box to tick is drawn with the font's own glyphs
      expect(text, doc.title).toContain('公民身份号码');
      expect(text, doc.title).not.toContain('统一社会信用代码');
      expect(text, doc.title).not.toMatch(/\u2611|U\+2611/);
      if (text.includes('同意公开本承诺书')) expect(text, doc.title).toMatch(/■同意公开本承诺书/);
    }
    // rendered once and kept: the second download is the same document
    const first = signed.documents[0]!;
    const again = await officer.request('GET', first.pdfUrl);
    expect(again.statusCode).toBe(200);
    expect((await getCaseView(applicant, signed.id)).documents.find((d) => d.id === first.id)?.rendered).toBe(
      true,
    );
  });

  it('CASE-3: an applicant with an SM2 key saves a draft, signs each payload and submits; the signature is theirs', async () => {
    const key = sm2.generateKeyPairHex();
    const deaths = await matter('LS-02');
    const draft = await ok<CaseView>(
      apply(applicant, {
        administrativeMatterId: deaths.id,
        submit: false,
        proofs: await choicesFor(applicant, LS, deaths),
      }),
      201,
    );
    expect(draft).toMatchObject({ state: 'draft', submittedAt: null });
    expect(draft.documents).toEqual([]);
    const payloads = await ok<{ proof: string; signedAt: string; textSm3: string; payload: string }[]>(
      applicant.request('GET', `/api/cases/${draft.id}/signing-payloads`),
    );
    expect(payloads.map((p) => p.proof)).toEqual(['死亡证明', '亲属关系证明']);
    for (const p of payloads) expect(JSON.parse(p.payload).text.sm3).toBe(p.textSm3);
    const submitted = await ok<CaseView>(
      applicant.request('POST', `/api/cases/${draft.id}/submit`, {
        revision: draft.revision,
        signature: {
          method: 'applicant-sm2',
          publicKey: key.publicKey,
          signatures: payloads.map((p) => ({
            proof: p.proof,
            signedAt: p.signedAt,
            signature: sm2.doSignature(p.payload, key.privateKey, { hash: true, publicKey: key.publicKey }),
          })),
        },
      }),
    );
    expect(submitted.state).toBe('submitted');
    for (const proof of submitted.proofs) {
      const c = proof.commitment!;
      expect(c).toMatchObject({ signatureMethod: 'applicant-sm2', signerPublicKey: key.publicKey });
      const payload = payloads.find((p) => p.proof === proof.proofName)!;
      expect(c.textSm3).toBe(payload.textSm3);
      expect(sm2.doVerifySignature(payload.payload, c.signature, key.publicKey, { hash: true })).toBe(true);
    }
    expect(submitted.history.map((h) => h.action)).toEqual(['case.drafted', 'case.submitted']);
    // a submitted case is not submitted again (nor its proofs and commitments written over)
    const again = await applicant.request('POST', `/api/cases/${draft.id}/submit`, {
      revision: submitted.revision,
      signature: { method: 'platform' },
    });
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json()).toMatchObject({ code: 'ILLEGAL_TRANSITION', field: 'state' });
    expect(await getCaseView(applicant, draft.id)).toEqual(submitted);
  });

  it('CASE-3: a bad applicant signature (tampered payload, another key) is refused with 400 and nothing is signed', async () => {
    const key = sm2.generateKeyPairHex();
    const other = sm2.generateKeyPairHex();
    const pension = await matter('LS-03');
    const draft = await ok<CaseView>(
      apply(applicant, {
        administrativeMatterId: pension.id,
        submit: false,
        proofs: await choicesFor(applicant, LS, pension),
      }),
      201,
    );
    const [payload] = await ok<{ proof: string; signedAt: string; payload: string }[]>(
      applicant.request('GET', `/api/cases/${draft.id}/signing-payloads`),
    );
    const submit = (message: string, signer: { privateKey: string; publicKey: string }) =>
      applicant.request('POST', `/api/cases/${draft.id}/submit`, {
        revision: draft.revision,
        signature: {
          method: 'applicant-sm2',
          publicKey: key.publicKey,
          signatures: [
            {
              proof: payload!.proof,
              signedAt: payload!.signedAt,
              signature: sm2.doSignature(message, signer.privateKey, {
                hash: true,
                publicKey: signer.publicKey,
              }),
            },
          ],
        },
      });
    for (const response of [
      await submit(payload!.payload.replace('"signedAt":"', '"signedAt":"1'), key),
      await submit(payload!.payload, other),
    ]) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'VALIDATION',
        field: 'signature.signatures[0].signature',
      });
    }
    // the field named is the bad signature's own place in the request, in whatever order they come
    const deaths = await matter('LS-02');
    const two = await ok<CaseView>(
      apply(applicant, {
        administrativeMatterId: deaths.id,
        submit: false,
        proofs: await choicesFor(applicant, LS, deaths),
      }),
      201,
    );
    const [first, second] = await ok<{ proof: string; signedAt: string; payload: string }[]>(
      applicant.request('GET', `/api/cases/${two.id}/signing-payloads`),
    );
    const sign = (message: string, signer = key) =>
      sm2.doSignature(message, signer.privateKey, { hash: true, publicKey: signer.publicKey });
    const reversed = await applicant.request('POST', `/api/cases/${two.id}/submit`, {
      revision: two.revision,
      signature: {
        method: 'applicant-sm2',
        publicKey: key.publicKey,
        signatures: [
          { proof: second!.proof, signedAt: second!.signedAt, signature: sign(second!.payload) },
          { proof: first!.proof, signedAt: first!.signedAt, signature: sign(first!.payload, other) },
        ],
      },
    });
    expect(reversed.statusCode, reversed.body).toBe(400);
    expect(reversed.json().field).toBe('signature.signatures[1].signature');
    const missing = await applicant.request('POST', `/api/cases/${two.id}/submit`, {
      revision: two.revision,
      signature: {
        method: 'applicant-sm2',
        publicKey: key.publicKey,
        signatures: [{ proof: second!.proof, signedAt: second!.signedAt, signature: sign(second!.payload) }],
      },
    });
    expect(missing.statusCode, missing.body).toBe(400);
    expect(missing.json().field).toBe('signature.signatures');
    expect(missing.json().message).toContain(first!.proof);
    // an online applicant does not sign "on paper"
    const paper = await applicant.request('POST', `/api/cases/${draft.id}/submit`, {
      revision: draft.revision,
      signature: { method: 'paper', scanFileId: await uploadProof(applicant, LS, 'scan.pdf') },
    });
    expect(paper.statusCode, paper.body).toBe(400);
    expect(paper.json().field).toBe('signature.method');
    const still = await getCaseView(applicant, draft.id);
    expect(still).toMatchObject({ state: 'draft', revision: draft.revision });
    expect(await t.database.db.select().from(commitments).where(eq(commitments.caseId, draft.id))).toEqual(
      [],
    );
  });
});

describe('CASE-3 the signing time', () => {
  it('CASE-3: a signature made more than 30 minutes before submitting is refused on its signedAt', async () => {
    const key = sm2.generateKeyPairHex();
    const pension = await matter('LS-03');
    const draft = await ok<CaseView>(
      apply(applicant, {
        administrativeMatterId: pension.id,
        submit: false,
        proofs: await choicesFor(applicant, LS, pension),
      }),
      201,
    );
    const [payload] = await ok<{ proof: string; signedAt: string; payload: string }[]>(
      applicant.request('GET', `/api/cases/${draft.id}/signing-payloads`),
    );
    const signedAt = t.clock.now;
    t.clock.now = new Date(signedAt.getTime() + 31 * 60_000);
    try {
      const late = await applicant.request('POST', `/api/cases/${draft.id}/submit`, {
        revision: draft.revision,
        signature: {
          method: 'applicant-sm2',
          publicKey: key.publicKey,
          signatures: [
            {
              proof: payload!.proof,
              signedAt: payload!.signedAt,
              signature: sm2.doSignature(payload!.payload, key.privateKey, {
                hash: true,
                publicKey: key.publicKey,
              }),
            },
          ],
        },
      });
      expect(late.statusCode, late.body).toBe(400);
      expect(late.json().field).toBe('signature.signatures[0].signedAt');
    } finally {
      t.clock.now = signedAt;
    }
  });
});

describe('Q-4 the same application sent twice is one case', () => {
  it('Q-4: the same Idempotency-Key and body answer the first case (200) instead of a second one', async () => {
    const pension = await matter('LS-03');
    const body = { administrativeMatterId: pension.id, proofs: await choicesFor(applicant, LS, pension) };
    const before = (await casesOfParty(PERSON)).length;
    const headers = { 'idempotency-key': 'apply-q4-0001' };
    const first = await ok<CaseView>(apply(applicant, body, headers), 201);
    const second = await ok<CaseView>(apply(applicant, body, headers), 200);
    expect(second.id).toBe(first.id);
    expect(second.caseNo).toBe(first.caseNo);
    expect((await casesOfParty(PERSON)).length).toBe(before + 1);
    // one submission in its history, one set of commitments
    expect(second.history.filter((h) => h.action === 'case.submitted')).toHaveLength(1);
    expect(
      await t.database.db.select().from(commitments).where(eq(commitments.caseId, first.id)),
    ).toHaveLength(1);
  });

  it('Q-4: with Prefer: return=minimal the answer (first and repeated) is only where the case is', async () => {
    const pension = await matter('LS-03');
    const body = { administrativeMatterId: pension.id, proofs: await choicesFor(applicant, LS, pension) };
    const headers = { 'idempotency-key': 'apply-q4-minimal', prefer: 'return=minimal' };
    const first = await apply(applicant, body, headers);
    expect(first.statusCode).toBe(201);
    expect(first.headers['preference-applied']).toBe('return=minimal');
    expect(Object.keys(first.json()).sort()).toEqual(['caseNo', 'id', 'revision', 'state']);
    expect(first.json()).toMatchObject({ state: 'submitted', revision: 1 });
    const again = await apply(applicant, body, headers);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    expect((await getCaseView(applicant, first.json().id)).caseNo).toBe(first.json().caseNo);
  });

  it('Q-4: the same key with a different body is refused (409), and creates nothing', async () => {
    const pension = await matter('LS-03');
    const headers = { 'idempotency-key': 'apply-q4-0002' };
    const body = { administrativeMatterId: pension.id, proofs: await choicesFor(applicant, LS, pension) };
    await ok(apply(applicant, body, headers), 201);
    const before = (await casesOfParty(PERSON)).length;
    const changed = await apply(
      applicant,
      {
        ...body,
        proofs: [{ proof: '社会保险缴纳证明', choice: 'upload', fileId: await uploadProof(applicant, LS) }],
      },
      headers,
    );
    expect(changed.statusCode, changed.body).toBe(409);
    expect(changed.json()).toMatchObject({ code: 'CONFLICT', field: 'Idempotency-Key' });
    expect((await casesOfParty(PERSON)).length).toBe(before);
  });

  it('Q-4: two identical requests at once (a network retry racing the first) still make one case', async () => {
    const pension = await matter('LS-03');
    const body = { administrativeMatterId: pension.id, proofs: await choicesFor(applicant, LS, pension) };
    const headers = { 'idempotency-key': 'apply-q4-0003' };
    const before = (await casesOfParty(PERSON)).length;
    const answers = await Promise.all([apply(applicant, body, headers), apply(applicant, body, headers)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 201]);
    expect(answers[0]!.json().id).toBe(answers[1]!.json().id);
    expect((await casesOfParty(PERSON)).length).toBe(before + 1);
  });

  it('Q-4: the key is the client’s own: another applicant using the same key gets a case of their own', async () => {
    const company = await t.login('ls-company');
    const pension = (await matters(company, LS)).find((m) => m.code === 'LS-03')!;
    const mine = await ok<CaseView>(
      apply(
        company,
        { administrativeMatterId: pension.id, proofs: await choicesFor(company, LS, pension) },
        { 'idempotency-key': 'apply-q4-0001' },
      ),
      201,
    );
    expect(mine.applicant.name).toBe('青岛崂信海洋科技有限公司');
  });
});
