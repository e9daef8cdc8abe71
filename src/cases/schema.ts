import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { type CaseState, caseWorkflow } from '../common/case-states.ts';
import type { CommittedFacts, MatterFacts } from '../common/shared-records.ts';
import type { Eligibility } from '../credit/index.ts';
import type { DocumentModel } from '../documents/index.ts';
import { storedDocuments } from '../documents/index.ts';
import type { ListItem } from '../lists/index.ts';
import { administrativeMatters, listVersions } from '../lists/index.ts';
import { agencies, jurisdictions, parties, users } from '../organisation/index.ts';
import { encryptedText } from '../platform/crypto/field-encryption.ts';
import { bytea } from '../platform/db/columns.ts';
import { stateCheck } from '../platform/db/state-check.ts';
import type { SignatureMethod } from './commitment-signature.ts';
import {
  type CommitmentState,
  commitmentStates,
  type DisclosureChoice,
  type ProofChoice,
} from './proof-plan.ts';

/** CASE-1..7: one application for one administrative matter by one party (申请人). */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    caseNo: text('case_no').notNull().unique(),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    administrativeMatterId: uuid('administrative_matter_id')
      .notNull()
      .references(() => administrativeMatters.id),
    matterName: text('matter_name').notNull(),
    /** LIST-1 kind of the matter when applied for (行政许可, 行政给付 …): the decision is named after it. */
    matterKind: text('matter_kind').notNull(),
    partyId: uuid('party_id')
      .notNull()
      .references(() => parties.id),
    /** The account that applied online, or the window officer who entered it at the counter. */
    enteredBy: uuid('entered_by')
      .notNull()
      .references(() => users.id),
    channel: text('channel', { enum: ['online', 'counter'] }).notNull(),
    agentName: text('agent_name'),
    applicantPhone: encryptedText('applicant_phone'),
    state: text('state').$type<CaseState>().notNull(),
    /** The published list version in force on the application date; later versions never apply. */
    listVersionId: uuid('list_version_id').references(() => listVersions.id),
    listVersionNo: integer('list_version_no'),
    /** the client's Idempotency-Key and the SM3 of the request it came with. */
    idempotencyKey: text('idempotency_key'),
    requestSm3: text('request_sm3'),
    /** CASE-2 as evaluated at submission and at decision, with the rule that decided. */
    eligibility: jsonb('eligibility').$type<Eligibility>(),
    decisionEligibility: jsonb('decision_eligibility').$type<Eligibility>(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    acceptDueDate: date('accept_due_date', { mode: 'string' }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    decisionDueDate: date('decision_due_date', { mode: 'string' }),
    decidedOn: date('decided_on', { mode: 'string' }),
    decisionNo: text('decision_no'),
    /** Why the officer refused, terminated or asked for correction (the latest such note). */
    officerNote: text('officer_note'),
    revision: integer('revision').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('cases_idempotency').on(t.enteredBy, t.idempotencyKey),
    uniqueIndex('cases_decision_no').on(t.districtCode, t.decisionNo),
    index('cases_party').on(t.partyId, t.createdAt),
    index('cases_queue').on(t.districtCode, t.agencyId, t.state),
    stateCheck('cases', 'state', caseWorkflow.states),
  ],
);

/** Files applicants upload as proofs (or officers scan at the counter); kept in the database. */
export const caseFiles = pgTable('case_files', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  districtCode: text('district_code')
    .notNull()
    .references(() => jurisdictions.code),
  uploadedBy: uuid('uploaded_by')
    .notNull()
    .references(() => users.id),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  bytes: bytea('bytes').notNull(),
  sm3: text('sm3').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** CASE-1: each proof the matter requires, with the applicant's choice for it. */
export const caseProofs = pgTable(
  'case_proofs',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    position: integer('position').notNull(),
    proofName: text('proof_name').notNull(),
    /** The list item as published in the case's list version; null when the proof is not listed. */
    item: jsonb('item').$type<ListItem>(),
    choice: text('choice').$type<ProofChoice>().notNull(),
    disclosure: text('disclosure').$type<DisclosureChoice>(),
    /** VER-2: the facts the applicant commits to for this proof, as the matter declares them. */
    facts: jsonb('facts').$type<CommittedFacts | null>(),
    fileId: uuid('file_id').references(() => caseFiles.id),
  },
  (t) => [uniqueIndex('case_proofs_position').on(t.caseId, t.position)],
);

/** CASE-3: a signed commitment (承诺) for one proof; the integrity file (CRED-1) lists them per party. */
export const commitments = pgTable(
  'commitments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    caseProofId: uuid('case_proof_id')
      .notNull()
      .references(() => caseProofs.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    partyId: uuid('party_id')
      .notNull()
      .references(() => parties.id),
    itemKey: text('item_key').notNull(),
    proofName: text('proof_name').notNull(),
    matterName: text('matter_name').notNull(),
    /** The format text versions used (null: the district default generated from the item). */
    noticeTextVersionId: uuid('notice_text_version_id'),
    commitmentTextVersionId: uuid('commitment_text_version_id'),
    /** SM3 of the filled commitment text, the payload signed, and the signature over it. */
    textSm3: text('text_sm3').notNull(),
    signedPayload: text('signed_payload').notNull(),
    signatureMethod: text('signature_method').$type<SignatureMethod>().notNull(),
    signature: text('signature').notNull(),
    signerPublicKey: text('signer_public_key').notNull(),
    /** Paper signature scanned at the counter. */
    scanFileId: uuid('scan_file_id').references(() => caseFiles.id),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    /** CASE-4: consented to public disclosure (the item is on the disclosure list). */
    disclosed: boolean('disclosed').notNull(),
    /** VER-2: the facts committed, and the matter's declaration of them at signing (null: none declared). */
    facts: jsonb('facts').$type<CommittedFacts | null>(),
    matterFacts: jsonb('matter_facts').$type<MatterFacts | null>(),
    state: text('state').$type<CommitmentState>().notNull(),
    stateChangedAt: timestamp('state_changed_at', { withTimezone: true }).notNull(),
    stateNote: text('state_note'),
  },
  (t) => [
    index('commitments_party').on(t.partyId, t.signedAt),
    index('commitments_case').on(t.caseId),
    stateCheck('commitments', 'state', commitmentStates),
  ],
);

/**
 * CASE-3: the filled notice and signed commitment of a case, and (CASE-6) its decision document
 * (决定书). The filled text is written with the case or the decision; its PDF (DOC-6) is rendered after
 * commit, by a job or on first download, and linked here.
 */
export const caseDocuments = pgTable(
  'case_documents',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    commitmentId: uuid('commitment_id').references(() => commitments.id),
    kind: text('kind', { enum: ['notice', 'commitment', 'decision'] }).notNull(),
    title: text('title').notNull(),
    model: jsonb('model').$type<DocumentModel>().notNull(),
    storedDocumentId: uuid('stored_document_id').references(() => storedDocuments.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('case_documents_case').on(t.caseId), index('case_documents_pending').on(t.storedDocumentId)],
);

/** Case numbers run per district and year without gaps from rolled-back transactions mattering. */
export const caseCounters = pgTable(
  'case_counters',
  {
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    year: integer('year').notNull(),
    next: integer('next').notNull(),
  },
  (t) => [uniqueIndex('case_counters_key').on(t.districtCode, t.year)],
);
