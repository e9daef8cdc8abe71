import { and, eq, inArray } from 'drizzle-orm';
import { defaultRulebook, type Eligibility, evaluateEligibility, partyEligibility } from '../credit/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { PlatformKey } from '../platform/crypto/platform-key.ts';
import type { AppDb } from '../platform/db/database.ts';
import { invalid } from '../platform/errors.ts';
import type { ApplicationContext } from './application-context.ts';
import { type Committer, type FilledLetters, fillLetters } from './case-letters.ts';
import { type SignedCommitment, signCommitment } from './commitment-signature.ts';
import { type PlannedProof, type ProofRequest, planProofs } from './proof-plan.ts';
import { caseFiles } from './schema.ts';

export type SignatureInput =
  | { method: 'platform' }
  | { method: 'paper'; scanFileId: string }
  | {
      method: 'applicant-sm2';
      publicKey: string;
      signatures: { proof: string; signature: string; signedAt: string }[];
    };

export interface PreparedCommitment {
  proof: PlannedProof;
  letters: FilledLetters;
  signed: SignedCommitment;
  signedAt: Date;
  scanFileId: string | null;
}

export interface PreparedSubmission {
  plan: PlannedProof[];
  eligibility: Eligibility;
  commitments: PreparedCommitment[];
}

// An applicant's own signature must have been made for this submission, not replayed from long ago.
const SIGNATURE_MAX_AGE_MS = 30 * 60_000;
const CLOCK_SKEW_MS = 60_000;

/** Files named by an application must be the actor's own uploads to the case's district. */
export async function assertOwnFiles(db: AppDb, actor: Actor, districtCode: string, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return;
  const found = await db
    .select({ id: caseFiles.id })
    .from(caseFiles)
    .where(
      and(
        inArray(caseFiles.id, wanted),
        eq(caseFiles.uploadedBy, actor.userId),
        eq(caseFiles.districtCode, districtCode),
      ),
    );
  const missing = wanted.find((id) => !found.some((f) => f.id === id));
  if (missing)
    throw invalid('fileId', '上传的文件不存在或不属于您', 'The uploaded file does not exist or is not yours');
}

/** Where the applicant's signature of a proof sits in the request (Q-3 names that field), or -1. */
const signatureIndex = (signature: SignatureInput, proof: string) =>
  signature.method === 'applicant-sm2' ? signature.signatures.findIndex((s) => s.proof === proof) : -1;

function signedAtOf(signature: SignatureInput, proof: string, now: Date): Date {
  if (signature.method !== 'applicant-sm2') return now;
  const index = signatureIndex(signature, proof);
  if (index < 0)
    throw invalid(
      'signature.signatures',
      `请为「${proof}」的承诺书签名`,
      `Sign the commitment for "${proof}"`,
    );
  const at = new Date(signature.signatures[index]!.signedAt);
  const field = `signature.signatures[${index}].signedAt`;
  if (Number.isNaN(at.getTime()))
    throw invalid(field, `请为「${proof}」的承诺书签名`, `Sign the commitment for "${proof}"`);
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS || now.getTime() - at.getTime() > SIGNATURE_MAX_AGE_MS)
    throw invalid(
      field,
      '签名时间已过期，请重新签署',
      'The signature is too old or in the future; sign again',
    );
  return at;
}

/**
 * CASE-1..4 before any write: choices checked against the list in force, eligibility evaluated, and
 * each commitment filled, hashed and signed. Pure computation and reads, outside the transaction.
 */
export async function prepareSubmission(options: {
  db: AppDb;
  actor: Actor;
  context: ApplicationContext;
  committer: Committer;
  partyId: string | null;
  requests: ProofRequest[];
  signature: SignatureInput | undefined;
  complete: boolean;
  platformKey: PlatformKey;
  now: Date;
}): Promise<PreparedSubmission> {
  const { context, now, signature } = options;
  const eligibility = options.partyId
    ? await partyEligibility(options.db, options.partyId, now, context.matter.districtCode)
    : evaluateEligibility([], defaultRulebook, now, context.matter.districtCode);
  const plan = planProofs({
    required: context.matter.proofs,
    listed: context.listed,
    facts: context.facts,
    requests: options.requests,
    eligibility,
    complete: options.complete,
  });
  await assertOwnFiles(options.db, options.actor, context.matter.districtCode, [
    ...plan.map((p) => p.fileId),
    signature?.method === 'paper' ? signature.scanFileId : null,
  ]);
  const committed = plan.filter((p) => p.choice === 'commit');
  if (!options.complete || committed.length === 0) return { plan, eligibility, commitments: [] };
  if (!signature) throw invalid('signature', '请签署承诺书后提交', 'Sign the commitment before submitting');
  const atCounter = options.actor.role !== 'applicant';
  if (atCounter !== (signature.method === 'paper'))
    throw invalid(
      'signature.method',
      atCounter ? '窗口代录须上传申请人纸质签字的扫描件' : '网上申请须电子签名',
      atCounter
        ? "A counter application needs the scan of the applicant's paper signature"
        : 'Online applications are signed electronically',
    );
  const commitments = committed.map((proof) => {
    const signedAt = signedAtOf(signature, proof.proofName, now);
    const letters = fillLetters({
      item: proof.item!,
      texts: context.texts.get(proof.item!.key)!,
      committer: options.committer,
      disclosure: proof.disclosure,
      facts: { declared: proof.matterFacts, committed: proof.facts },
      method: signature.method,
      signedAt,
    });
    const index = signatureIndex(signature, proof.proofName);
    const given = signature.method === 'applicant-sm2' ? signature.signatures[index] : undefined;
    const signed = signCommitment({
      payload: letters.payload,
      method: signature.method,
      platformKey: options.platformKey,
      ...(given && signature.method === 'applicant-sm2'
        ? {
            applicant: {
              publicKey: signature.publicKey,
              signature: given.signature,
              field: `signature.signatures[${index}].signature`,
            },
          }
        : {}),
    });
    return {
      proof,
      letters,
      signed,
      signedAt,
      scanFileId: signature.method === 'paper' ? signature.scanFileId : null,
    };
  });
  return { plan, eligibility, commitments };
}
