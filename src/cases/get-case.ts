import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { availableActions, proofsOpen } from '../common/case-states.ts';
import { caseDecisionWording, caseStateLabel } from '../common/decision-wording.ts';
import { maskIdentifier, maskPhone } from '../common/identifiers/index.ts';
import { agencies, parties, users } from '../organisation/index.ts';
import { auditEntries } from '../platform/audit/schema.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import type { AppDb } from '../platform/db/database.ts';
import { canSeeCase, caseNotFound, handlesCase, mayViewPersonalData } from './case-access.ts';
import { caseDueWarnings } from './case-due.ts';
import { isUnderWay, openApplications } from './open-duplicates.ts';
import { proofsWithCommitments } from './proof-status.ts';
import { caseDocuments, caseFiles, cases } from './schema.ts';
import type { VerificationPort } from './verification-port.ts';

/** CASE-7: one case as either side sees it: proofs, commitments, letters, clocks, plan and history. */
export async function getCase(db: AppDb, verification: VerificationPort, actor: Actor, id: string) {
  const [c] = await db.select().from(cases).where(eq(cases.id, id));
  if (!c || !canSeeCase(actor, c)) throw caseNotFound();
  // An unsent draft is the applicant's (or the window officer's who is entering it), as in the queue.
  if (c.state === 'draft' && actor.role !== 'applicant' && c.enteredBy !== actor.userId) throw caseNotFound();
  const own = actor.role === 'applicant';
  const [[party], [agency], proofs, documents, tasks, history] = await Promise.all([
    db.select().from(parties).where(eq(parties.id, c.partyId)),
    db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, c.agencyId)),
    proofsWithCommitments(db, c.id),
    db
      .select({
        id: caseDocuments.id,
        kind: caseDocuments.kind,
        title: caseDocuments.title,
        commitmentId: caseDocuments.commitmentId,
        storedDocumentId: caseDocuments.storedDocumentId,
      })
      .from(caseDocuments)
      .where(eq(caseDocuments.caseId, c.id))
      .orderBy(asc(caseDocuments.createdAt), asc(caseDocuments.title)),
    verification.tasksOf(db, c.id),
    db
      .select({
        at: auditEntries.occurredAt,
        action: auditEntries.action,
        actorName: sql<string>`coalesce(${users.displayName}, ${auditEntries.actorName})`,
        actorRole: auditEntries.actorRole,
        after: auditEntries.after,
      })
      .from(auditEntries)
      .leftJoin(users, eq(users.id, auditEntries.actorId))
      .where(and(eq(auditEntries.entityType, 'case'), eq(auditEntries.entityId, c.id)))
      .orderBy(asc(auditEntries.id)),
  ]);
  const fileIds = proofs
    .flatMap((p) => [p.proof.fileId, p.commitment?.scanFileId ?? null])
    .filter((f): f is string => f !== null);
  const files = fileIds.length
    ? await db
        .select({ id: caseFiles.id, fileName: caseFiles.fileName, size: caseFiles.size, sm3: caseFiles.sm3 })
        .from(caseFiles)
        .where(inArray(caseFiles.id, fileIds))
    : [];
  const fileView = (fileId: string | null) => {
    const file = files.find((f) => f.id === fileId);
    return file ? { ...file, url: `/api/cases/${c.id}/files/${file.id}` } : null;
  };
  const decision = documents.find((d) => d.kind === 'decision');
  const side = actor.role === 'applicant' ? 'applicant' : handlesCase(actor, c) ? 'officer' : null;
  const allowedActions = side
    ? [
        ...availableActions(c.state, side),
        ...(side === 'officer' && c.channel === 'counter' ? availableActions(c.state, 'applicant') : []),
      ]
    : [];
  return {
    id: c.id,
    caseNo: c.caseNo,
    districtCode: c.districtCode,
    matterName: c.matterName,
    matterKind: c.matterKind,
    administrativeMatterId: c.administrativeMatterId,
    agencyName: agency?.name ?? '',
    channel: c.channel,
    state: c.state,
    stateLabel: caseStateLabel(c.state, c.matterKind),
    decisionWording: caseDecisionWording(c.matterKind),
    revision: c.revision,
    // Staff see the applicant's ID number and phone masked; those who need them ask for them, audited.
    applicant: {
      kind: party!.kind,
      name: party!.name,
      identifier: own ? party!.identifier : maskIdentifier(party!.identifier),
      phone: own || !c.applicantPhone ? c.applicantPhone : maskPhone(c.applicantPhone),
      agentName: c.agentName,
      masked: !own,
      mayUnmask: !own && mayViewPersonalData(actor, c),
    },
    listVersionNo: c.listVersionNo,
    eligibility: c.eligibility,
    decisionEligibility: c.decisionEligibility,
    submittedAt: c.submittedAt?.toISOString() ?? null,
    acceptDueDate: c.acceptDueDate,
    acceptedAt: c.acceptedAt?.toISOString() ?? null,
    decisionDueDate: c.decisionDueDate,
    decidedOn: c.decidedOn,
    decisionNo: c.decisionNo,
    decisionDocument: decision
      ? { id: decision.id, title: decision.title, pdfUrl: `/api/cases/${c.id}/decision/pdf` }
      : null,
    officerNote: c.officerNote,
    proofsOpen: proofsOpen(c.state),
    dueWarnings: caseDueWarnings(await loadWorkingCalendar(db), c),
    allowedActions,
    likelyDuplicates: isUnderWay(c.state)
      ? (
          await openApplications(db, {
            partyId: c.partyId,
            administrativeMatterId: c.administrativeMatterId,
            except: c.id,
          })
        ).map(({ id, caseNo }) => ({ id, caseNo }))
      : [],
    proofs: proofs.map(({ proof, commitment, latest }) => ({
      id: proof.id,
      position: proof.position,
      proofName: proof.proofName,
      listed: proof.item !== null,
      item: proof.item
        ? {
            key: proof.item.key,
            verification: proof.item.verification,
            timeLimitWorkingDays: proof.item.timeLimitWorkingDays,
            disclosure: proof.item.disclosure,
            issuingBody: proof.item.issuingBody,
          }
        : null,
      choice: proof.choice,
      disclosure: proof.disclosure,
      file: fileView(proof.fileId),
      commitment: commitment
        ? {
            id: commitment.id,
            state: commitment.state,
            signedAt: commitment.signedAt.toISOString(),
            signatureMethod: commitment.signatureMethod,
            textSm3: commitment.textSm3,
            signature: commitment.signature,
            signerPublicKey: commitment.signerPublicKey,
            disclosed: commitment.disclosed,
            scan: fileView(commitment.scanFileId),
          }
        : null,
      /** The latest commitment in any state, so a withdrawn or lapsed one still shows why. */
      lastCommitment: latest
        ? {
            id: latest.id,
            state: latest.state,
            stateNote: latest.stateNote,
            signedAt: latest.signedAt.toISOString(),
          }
        : null,
    })),
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      title: d.title,
      pdfUrl: `/api/cases/${c.id}/documents/${d.id}/pdf`,
      rendered: d.storedDocumentId !== null,
      storedDocumentId: d.storedDocumentId,
      verificationUrl: `/api/cases/${c.id}/documents/${d.id}/verification`,
    })),
    verificationTasks: tasks,
    history: history.map((h) => ({
      at: h.at.toISOString(),
      action: h.action,
      actorName: h.actorName,
      actorRole: h.actorRole,
      note: ((h.after as { note?: string; reason?: string } | null)?.note ??
        (h.after as { reason?: string } | null)?.reason ??
        null) as string | null,
      proof: ((h.after as { proof?: string } | null)?.proof ?? null) as string | null,
    })),
  };
}
