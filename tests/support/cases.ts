// The cases API (CASE-1..7) as the API tests call it: the answers' types, taken from the code that
// makes them, and the requests every cases test repeats.
import { expect } from 'vitest';
import type { applicableMatters, applicationForm } from '../../src/cases/application-form.ts';
import type { getCase } from '../../src/cases/get-case.ts';
import type { listCases } from '../../src/cases/list-cases.ts';
import { type AsJson, ok } from './lists.ts';
import type { Session } from './test-app.ts';

export type CaseView = AsJson<Awaited<ReturnType<typeof getCase>>> & { eligibilityFailed?: boolean };
export type CaseSummary = AsJson<Awaited<ReturnType<typeof listCases>>>[number];
export type ApplicableMatter = AsJson<Awaited<ReturnType<typeof applicableMatters>>>[number];
export type ApplicationForm = AsJson<Awaited<ReturnType<typeof applicationForm>>>;

/** A one-page PDF, the smallest file the upload accepts as a proof. */
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

export const matters = (session: Session, district: string) =>
  ok<ApplicableMatter[]>(session.request('GET', `/api/cases/matters?district=${district}`));

/** The first matter of a district whose proofs match what a test needs. */
export async function findMatter(
  session: Session,
  district: string,
  wanted: (m: ApplicableMatter) => boolean,
): Promise<ApplicableMatter> {
  const found = (await matters(session, district)).find(wanted);
  expect(found, 'a demo matter of the wanted shape').toBeDefined();
  return found!;
}

export async function uploadProof(
  session: Session,
  district: string,
  fileName = '证明.pdf',
): Promise<string> {
  const file = await ok<{ id: string }>(
    session.request('POST', '/api/cases/files', {
      districtCode: district,
      fileName,
      contentType: 'application/pdf',
      contentBase64: PDF_BYTES.toString('base64'),
    }),
    201,
  );
  return file.id;
}

export interface Choice {
  proof: string;
  choice: 'commit' | 'upload';
  disclosure?: 'consent' | 'refuse' | null;
  fileId?: string | null;
  facts?: Record<string, string | number> | null;
}

/**
 * VER-2: facts a test commits to for the demo's certification matters that declare them (any
 * values of the right types: the tests that check them set the data-sharing records they compare).
 */
export const SAMPLE_FACTS: Record<string, Record<string, string | number>> = {
  死亡证明: { subjectIdentifier: '370212198009142328', subjectName: '林淑珍', deceasedOn: '2026-09-01' },
  亲属关系证明: { subjectIdentifier: '370212198009142328', subjectName: '林淑珍', relation: '配偶' },
  社会保险缴纳证明: { employer: '青岛海科智能装备有限公司', consecutiveMonths: 12 },
  婚姻状况证明: { status: '已婚' },
  营业执照: {
    name: '青岛崂信海洋科技有限公司',
    creditCode: '91370212MA3C4K7H2P',
    address: '山东省青岛市崂山区株洲路187号2号楼301室',
  },
  经营场所证明: { location: '山东省青岛市崂山区株洲路187号2号楼' },
  学历证明: { school: '中国海洋大学', major: '海洋技术', graduationYear: 2026, level: '硕士研究生' },
  专业技术资格证明: { qualification: '工程师（中级）', certificateNo: 'QD2020-0001' },
  医师执业证书: { qualification: '医师执业证书（临床类别）', certificateNo: '110370406002358' },
  居住证明: { address: '山东省青岛市崂山区株洲路66号' },
};

/** A commitment to `proof`, with its sample facts where its matter declares some. */
export const commitTo = (proof: string, disclosure: 'consent' | 'refuse' | null = null): Choice => ({
  proof,
  choice: 'commit',
  disclosure,
  ...(SAMPLE_FACTS[proof] ? { facts: SAMPLE_FACTS[proof] } : {}),
});

/**
 * Commits every listed proof (consenting to disclosure where asked) and uploads the rest, unless
 * `choose` says otherwise for a proof.
 */
export async function choicesFor(
  session: Session,
  district: string,
  matter: ApplicableMatter,
  choose: (proof: ApplicableMatter['proofs'][number]) => Partial<Choice> = () => ({}),
): Promise<Choice[]> {
  const choices: Choice[] = [];
  for (const proof of matter.proofs) {
    const base: Choice = proof.listed
      ? commitTo(proof.name, proof.disclosure ? 'consent' : null)
      : { proof: proof.name, choice: 'upload' };
    const choice = { ...base, ...choose(proof) };
    if (choice.choice === 'upload' && !choice.fileId) choice.fileId = await uploadProof(session, district);
    choices.push(choice);
  }
  return choices;
}

export const apply = (
  session: Session,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) =>
  session.request(
    'POST',
    '/api/cases',
    { submit: true, signature: { method: 'platform' }, ...body },
    headers,
  );

export const getCaseView = (session: Session, id: string) =>
  ok<CaseView>(session.request('GET', `/api/cases/${id}`));

export const act = (session: Session, c: { id: string; revision: number }, action: string, note = '') =>
  session.request('POST', `/api/cases/${c.id}/actions`, { action, revision: c.revision, note });

export const decide = (
  session: Session,
  c: { id: string; revision: number },
  body: { outcome: 'approve' | 'refuse'; documentNo: string; reason?: string; decidedOn?: string },
) => session.request('POST', `/api/cases/${c.id}/decision`, { revision: c.revision, ...body });
