import { and, desc, eq, inArray } from 'drizzle-orm';
import { districtSettingsOf } from '../lists/index.ts';
import { parties } from '../organisation/index.ts';
import type { AppDb } from '../platform/db/database.ts';
import { notFound } from '../platform/errors.ts';
import { disclosureText, publicCommitterName } from './disclosure-text.ts';
import { caseDocuments, cases, commitments } from './schema.ts';

/**
 * CASE-4 open data: commitments their committers agreed to disclose, on accepted or approved cases,
 * with persons' names and every identifier and phone number masked (Q-2).
 */
export async function publicDisclosures(db: AppDb, districtCode: string) {
  if (!(await districtSettingsOf(db, districtCode))) throw notFound('区县', 'District');
  const rows = await db
    .select({
      caseNo: cases.caseNo,
      matter: commitments.matterName,
      item: commitments.proofName,
      signedAt: commitments.signedAt,
      phone: cases.applicantPhone,
      party: { kind: parties.kind, name: parties.name, identifier: parties.identifier },
      model: caseDocuments.model,
    })
    .from(commitments)
    .innerJoin(cases, eq(cases.id, commitments.caseId))
    .innerJoin(parties, eq(parties.id, commitments.partyId))
    .innerJoin(
      caseDocuments,
      and(eq(caseDocuments.commitmentId, commitments.id), eq(caseDocuments.kind, 'commitment')),
    )
    .where(
      and(
        eq(commitments.districtCode, districtCode),
        eq(commitments.disclosed, true),
        inArray(commitments.state, ['signed', 'in-verification', 'kept']),
        inArray(cases.state, ['accepted', 'approved']),
      ),
    )
    .orderBy(desc(commitments.signedAt))
    .limit(500);
  return rows.map((r) => ({
    caseNo: r.caseNo,
    matter: r.matter,
    item: r.item,
    committer: publicCommitterName(r.party),
    committedAt: r.signedAt.toISOString(),
    text: disclosureText(r.model, { ...r.party, phone: r.phone }),
  }));
}
