import { eq } from 'drizzle-orm';
import { checkedPartyIdentifier } from '../common/identifiers/checked.ts';
import { parties, users } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { provenParty } from '../platform/auth/proven-party.ts';
import type { AppDb, Tx } from '../platform/db/database.ts';
import { DomainError, forbidden, invalid } from '../platform/errors.ts';
import type { Committer } from './case-letters.ts';

/** Who applies at the window: the officer types what the applicant's ID or licence shows. */
export interface CounterApplicant {
  kind: 'person' | 'organisation';
  identifier: string;
  name: string;
  phone?: string;
  agentName?: string;
}

export interface ResolvedApplicant {
  committer: Committer;
  /** Null for a party the platform has not met yet (created with the case). */
  partyId: string | null;
  agentName: string | null;
  channel: 'online' | 'counter';
}

const PHONE = /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/;
const MOBILE = /^1[3-9]\d{9}$/;

/**
 * SPEC §10 Parties: an applicant account applies for its own party; a window officer names the party
 * (a person by 居民身份证号, an organisation by 统一社会信用代码) and applies on its behalf.
 */
export async function resolveApplicant(
  db: AppDb,
  actor: Actor,
  counter: CounterApplicant | undefined,
  phone: string | undefined,
): Promise<ResolvedApplicant> {
  const checkedPhone = phone?.trim() || counter?.phone?.trim() || null;
  if (checkedPhone && !PHONE.test(checkedPhone))
    throw invalid(
      counter?.phone ? 'applicant.phone' : 'phone',
      '联系电话格式不正确',
      'The phone number is not valid',
    );
  if (actor.role === 'applicant') {
    const partyId = provenParty(actor);
    const [row] = await db
      .select({ party: parties, phone: users.phone, agentName: users.agentName })
      .from(parties)
      .innerJoin(users, eq(users.id, actor.userId))
      .where(eq(parties.id, partyId));
    if (!row) throw forbidden();
    return {
      committer: {
        kind: row.party.kind,
        identifier: row.party.identifier,
        name: row.party.name,
        phone: checkedPhone ?? row.phone,
      },
      partyId: row.party.id,
      agentName: row.agentName,
      channel: 'online',
    };
  }
  if (actor.role !== 'case-officer') throw forbidden();
  if (!counter)
    throw invalid('applicant', '窗口代录须填写申请人信息', 'A counter application names its applicant');
  const name = counter.name.trim();
  if (!name) throw invalid('applicant.name', '请填写申请人名称', "The applicant's name is required");
  const identifier = checkedPartyIdentifier(counter.kind, counter.identifier, 'applicant.identifier');
  const [party] = await db.select().from(parties).where(eq(parties.identifier, identifier));
  if (party && party.name !== name)
    throw new DomainError(
      'CONFLICT',
      '申请人名称与该证件号码的登记信息不一致，请核对证件',
      "The applicant's name does not match the one registered for this identifier; check the document",
      'applicant.name',
    );
  if (counter.kind === 'organisation' && !counter.agentName?.trim())
    throw invalid(
      'applicant.agentName',
      '单位申请须填写经办人',
      'An organisation applies through an agent (经办人)',
    );
  return {
    committer: { kind: counter.kind, identifier, name, phone: checkedPhone },
    partyId: party?.id ?? null,
    agentName: counter.agentName?.trim() || null,
    channel: 'counter',
  };
}

/**
 * The party of a counter application, created on first sight. The officer has the person in front of
 * them: a mobile number they give becomes the phone on record where there is none (SPEC §10).
 */
export async function ensureParty(tx: Tx, committer: Committer, now: Date): Promise<string> {
  const mobile =
    committer.kind === 'person' && committer.phone && MOBILE.test(committer.phone) ? committer.phone : null;
  await tx.db
    .insert(parties)
    .values({
      kind: committer.kind,
      identifier: committer.identifier,
      name: committer.name,
      phone: mobile,
      createdAt: now,
    })
    .onConflictDoNothing();
  const [row] = await tx.db
    .select({ id: parties.id, phone: parties.phone })
    .from(parties)
    .where(eq(parties.identifier, committer.identifier));
  if (mobile && !row!.phone)
    await tx.db.update(parties).set({ phone: mobile }).where(eq(parties.id, row!.id));
  return row!.id;
}
