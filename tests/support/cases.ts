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
}

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
      ? { proof: proof.name, choice: 'commit', disclosure: proof.disclosure ? 'consent' : null }
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
