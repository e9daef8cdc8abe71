import { asc, eq } from 'drizzle-orm';
import { askedFacts } from '../common/committed-facts.ts';
import { checkedAnyIdentifier } from '../common/identifiers/checked.ts';
import { defaultRulebook, evaluateEligibility, partyEligibility } from '../credit/index.ts';
import {
  administrativeMatters,
  districtSettingsOf,
  listInForce,
  verificationClasses,
} from '../lists/index.ts';
import { agencies, parties } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertDistrictAccess } from '../platform/auth/permissions.ts';
import type { AppDb } from '../platform/db/database.ts';
import { notFound } from '../platform/errors.ts';
import { applicationContext } from './application-context.ts';
import { resolveApplicant } from './case-applicant.ts';
import { fillLetters } from './case-letters.ts';
import { openApplications } from './open-duplicates.ts';
import { listedProofs } from './proof-plan.ts';

/**
 * CASE-1: the matters of a district one may apply for, each proof marked as listed or not today.
 * Applicants may apply in any district served; staff (window officers) see their own districts' only (ORG-2).
 */
export async function applicableMatters(db: AppDb, actor: Actor, districtCode: string, now: Date) {
  if (actor.role !== 'applicant') assertDistrictAccess(actor, districtCode);
  if (!(await districtSettingsOf(db, districtCode))) throw notFound('区县', 'District');
  const rows = await db
    .select({
      matter: administrativeMatters,
      agencyName: agencies.name,
      agencyPlace: agencies.jurisdictionCode,
    })
    .from(administrativeMatters)
    .innerJoin(agencies, eq(agencies.id, administrativeMatters.agencyId))
    .where(eq(administrativeMatters.districtCode, districtCode))
    .orderBy(asc(administrativeMatters.code));
  const lists = new Map<string, Awaited<ReturnType<typeof listInForce>>>();
  for (const place of new Set(rows.map((r) => r.agencyPlace)))
    lists.set(place, await listInForce(db, { jurisdictionCode: place, districtCode }, now));
  return rows.map(({ matter, agencyName, agencyPlace }) => {
    const listed = listedProofs(lists.get(agencyPlace)?.items ?? [], matter.name);
    return {
      id: matter.id,
      code: matter.code,
      name: matter.name,
      kind: matter.kind,
      agencyName,
      proofs: matter.proofs.map((name) => {
        const item = listed.get(name);
        return {
          name,
          listed: Boolean(item),
          verification: item?.verification ?? null,
          disclosure: item?.disclosure ?? false,
        };
      }),
    };
  });
}

/** CASE-2 at the window: whether the applicant in front of the officer may commit (no file: yes). */
async function counterEligibility(db: AppDb, identifier: string, now: Date, districtCode: string) {
  const [party] = await db
    .select({ id: parties.id })
    .from(parties)
    .where(eq(parties.identifier, identifier.toUpperCase()));
  return party
    ? partyEligibility(db, party.id, now, districtCode)
    : evaluateEligibility([], defaultRulebook, now, districtCode);
}

/**
 * CASE-1..4 before applying: for each required proof, whether it may be committed under the list in
 * force today, with the item's terms and the notice and commitment as they will read once filled;
 * and, for an applicant, whether they may use commitment at all (CASE-2).
 */
export async function applicationForm(
  db: AppDb,
  actor: Actor,
  matterId: string,
  now: Date,
  counterIdentifier: string | null = null,
) {
  const context = await applicationContext(db, matterId, now);
  if (actor.role !== 'applicant') assertDistrictAccess(actor, context.matter.districtCode);
  const applicant =
    actor.role === 'applicant' ? await resolveApplicant(db, actor, undefined, undefined) : null;
  const eligibility = applicant?.partyId
    ? await partyEligibility(db, applicant.partyId, now, null, context.matter.districtCode)
    : counterIdentifier
      ? await counterEligibility(
          db,
          checkedAnyIdentifier(counterIdentifier, 'identifier'),
          now,
          context.matter.districtCode,
        )
      : null;
  const committer = applicant?.committer ?? {
    kind: 'person' as const,
    identifier: '',
    name: '',
    phone: null,
  };
  return {
    matter: {
      id: context.matter.id,
      code: context.matter.code,
      name: context.matter.name,
      kind: context.matter.kind,
      districtCode: context.matter.districtCode,
      agencyName: context.agency.name,
    },
    list: context.list
      ? {
          id: context.list.id,
          versionNo: context.list.versionNo,
          publishedAt: context.list.publishedAt.toISOString(),
        }
      : null,
    applicant: applicant ? { ...applicant.committer, agentName: applicant.agentName } : null,
    eligibility,
    /** The applicant's applications for this matter under way: applying again is likely a repeat. */
    openApplications: applicant?.partyId
      ? (
          await openApplications(db, {
            partyId: applicant.partyId,
            administrativeMatterId: context.matter.id,
          })
        ).map(({ id, caseNo, state }) => ({ id, caseNo, state }))
      : [],
    proofs: context.matter.proofs.map((name) => {
      const item = context.listed.get(name);
      if (!item) return { name, listed: false as const, item: null, notice: null, commitment: null };
      const letters = fillLetters({
        item,
        texts: context.texts.get(item.key)!,
        committer,
        disclosure: null,
        method: 'platform',
        signedAt: now,
      });
      return {
        name,
        listed: true as const,
        item: {
          key: item.key,
          proves: item.proves,
          issuingBody: item.issuingBody,
          legalBasis: item.legalBasis,
          verification: item.verification,
          verificationLabel: verificationClasses[item.verification].zh,
          assistingAgency: item.assistingAgency,
          timeLimitWorkingDays: item.timeLimitWorkingDays,
          standard: item.standard,
          method: item.method,
          disclosure: item.disclosure,
        },
        facts: askedFacts(context.facts.get(name)),
        notice: letters.notice,
        commitment: letters.commitment,
      };
    }),
  };
}
