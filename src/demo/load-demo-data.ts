import { eq } from 'drizzle-orm';
import { validateCreditCode, validateResidentId } from '../common/identifiers/index.ts';
import { registerDeadline } from '../inbox/register-deadline.ts';
import { regionsOfDistrict } from '../organisation/reference-regions.ts';
import { agencies, districtSettings, jurisdictions, parties, users } from '../organisation/schema.ts';
import { PLATFORM_CHAIN, recordAudit, systemActor } from '../platform/audit/record.ts';
import { isRole } from '../platform/auth/actor.ts';
import { districtOf } from '../platform/auth/jurisdiction-codes.ts';
import { type HashingProfile, hashPassword } from '../platform/auth/passwords.ts';
import type { WorkingCalendar } from '../platform/calendar/index.ts';
import type { PlatformKey } from '../platform/crypto/platform-key.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import { platformMeta } from '../platform/db/meta-schema.ts';
import { shanghaiDate } from '../platform/time.ts';
import type { DemoData } from './demo-files.ts';
import { loadDemoCases } from './load-demo-cases.ts';
import { loadDemoDocuments } from './load-demo-documents.ts';
import { loadDemoLists } from './load-demo-lists.ts';

const DEMO_KEY = 'demo-data';
const actor = systemActor('demo-loader');

/** Whether demo data was loaded into this database already (it is loaded at most once). */
export async function demoLoaded(database: Database): Promise<boolean> {
  const [row] = await database.db.select().from(platformMeta).where(eq(platformMeta.key, DEMO_KEY));
  return Boolean(row);
}

async function insertJurisdictions(tx: Tx, data: DemoData, now: Date) {
  const regions = data.districts.flatMap((d) => regionsOfDistrict(d.code));
  if (regions.length === 0) throw new Error('demo districts are not in reference/regions-shandong.json');
  for (const region of regions) {
    await tx.db
      .insert(jurisdictions)
      .values({
        code: region.code,
        name: region.name,
        level: region.level,
        parentCode: region.parentCode,
        createdAt: now,
      })
      .onConflictDoNothing();
  }
}

async function insertAgencies(tx: Tx, data: DemoData, now: Date): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const agency of data.agencies) {
    const [row] = await tx.db
      .insert(agencies)
      .values({
        ...agency,
        jurisdictionCode: agency.jurisdiction,
        districtCode: districtOf(agency.jurisdiction) ?? null,
        createdAt: now,
      })
      .returning({ id: agencies.id });
    ids.set(agency.name, row!.id);
  }
  return ids;
}

function agencyId(ids: Map<string, string>, name: string): string {
  const id = ids.get(name);
  if (!id) throw new Error(`demo data names an unknown agency: ${name}`);
  return id;
}

async function insertUsers(
  tx: Tx,
  data: DemoData,
  agencyIds: Map<string, string>,
  hashes: string[],
  now: Date,
) {
  for (const [i, user] of data.users.entries()) {
    if (!isRole(user.role)) throw new Error(`demo user ${user.username} has an unknown role ${user.role}`);
    let partyId: string | null = null;
    if (user.party) {
      const check =
        user.party.kind === 'person'
          ? validateResidentId(user.party.identifier)
          : validateCreditCode(user.party.identifier);
      if (!check.ok)
        throw new Error(`demo user ${user.username} has an invalid identifier (${check.reason})`);
      const [party] = await tx.db
        .insert(parties)
        // The demo's people came to the counter once: their phone is on record.
        .values({
          ...user.party,
          phone: user.party.kind === 'person' ? (user.phone ?? null) : null,
          createdAt: now,
        })
        .returning({ id: parties.id });
      partyId = party!.id;
    }
    await tx.db.insert(users).values({
      username: user.username,
      displayName: user.displayName,
      passwordHash: hashes[i]!,
      role: user.role,
      jurisdictionCode: user.jurisdiction ?? user.district,
      districtCode: user.district,
      agencyId: user.agency ? agencyId(agencyIds, user.agency) : null,
      partyId,
      // Enrolled by the district: a person's own account, or the company's administrator.
      partyCapacity: user.party ? (user.party.kind === 'person' ? 'self' : 'administrator') : null,
      agentName: user.agent?.name ?? null,
      agentIdNumber: user.agent?.idNumber ?? null,
      phone: user.phone ?? null,
      createdAt: now,
    });
  }
}

/**
 * Loads `demo/` into an empty database in one transaction: jurisdictions from the reference codes,
 * district settings (ORG-3), agencies, users of every role, deadlines relative to today, the lists
 * and documents stories, and cases in every state (signed with the platform key).
 */
export async function loadDemoData(options: {
  database: Database;
  data: DemoData;
  now: Date;
  hashing: HashingProfile;
  calendar: WorkingCalendar;
  platformKey: PlatformKey;
}): Promise<void> {
  const { database, data, now, calendar } = options;
  const hashes = await Promise.all(data.users.map((u) => hashPassword(u.password, options.hashing)));
  const today = shanghaiDate(now);
  await database.transaction(async (tx) => {
    await insertJurisdictions(tx, data, now);
    const agencyIds = await insertAgencies(tx, data, now);
    for (const district of data.districts) {
      const leadUnits = Object.fromEntries(
        Object.entries(district.settings.leadUnits).map(([role, name]) => [role, agencyId(agencyIds, name)]),
      );
      await tx.db
        .insert(districtSettings)
        .values({ districtCode: district.code, ...district.settings, leadUnits, updatedAt: now });
    }
    await insertUsers(tx, data, agencyIds, hashes, now);
    for (const deadline of data.deadlines) {
      const dueDate = calendar.addWorkingDays(today, deadline.dueInWorkingDays).value;
      await registerDeadline(tx, {
        actor,
        now,
        input: {
          key: deadline.key,
          districtCode: deadline.district,
          title: deadline.title,
          titleEn: deadline.titleEn,
          dueDate,
          responsibleJurisdictionCode: deadline.responsible.jurisdiction,
          responsibleAgencyId: deadline.responsible.agency
            ? agencyId(agencyIds, deadline.responsible.agency)
            : null,
          responsibleRole: deadline.responsible.role,
          link: '/workbench/deadlines',
        },
      });
    }
    await loadDemoLists({
      database,
      tx,
      cities: data.cityLists,
      districts: data.districtLists,
      today,
      calendar,
      system: actor,
    });
    await loadDemoDocuments({
      database,
      tx,
      workRule: data.workRule,
      districts: data.districtLists.map((d) => ({
        code: d.district,
        justice: d.story.justice,
        leaveNewestOpen: d.district === '370212',
      })),
      calendar,
    });
    await loadDemoCases({
      database,
      tx,
      cases: data.cases,
      now,
      calendar,
      platformKey: options.platformKey,
      system: actor,
    });
    for (const chain of [PLATFORM_CHAIN, ...data.districts.map((d) => d.code)]) {
      await recordAudit(tx, {
        chain,
        actor,
        at: now,
        action: 'demo.loaded',
        entityType: 'demo-data',
        entityId: chain,
        after: {
          agencies: data.agencies.filter((a) => (districtOf(a.jurisdiction) ?? PLATFORM_CHAIN) === chain)
            .length,
          users: data.users.filter((u) => u.district === chain).length,
        },
      });
    }
    await tx.db
      .insert(platformMeta)
      .values({ key: DEMO_KEY, value: { loadedAt: now.toISOString() }, updatedAt: now });
  });
}
