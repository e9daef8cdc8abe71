import { and, eq } from 'drizzle-orm';
import type { ListItem, VerificationClass } from '../common/list-item.ts';
import { termsInputOf } from '../lists/change-request-store.ts';
import { claimItems } from '../lists/claim-items.ts';
import { editDraft } from '../lists/edit-draft.ts';
import type { ItemTermsInput } from '../lists/item-terms.ts';
import { draftOf, ensureList, findList } from '../lists/list-store.ts';
import { publishList } from '../lists/publish-list.ts';
import { publishVersion } from '../lists/publish-version.ts';
import { receiveFiling } from '../lists/receive-filing.ts';
import { recordRegulatorOpinion } from '../lists/record-regulator-opinion.ts';
import { reviewChangeRequest } from '../lists/review-change-request.ts';
import type { CertificationMatterInput } from '../lists/save-certification-matter.ts';
import { administrativeMatters, certificationMatters, listFilings } from '../lists/schema.ts';
import { submitChangeRequest } from '../lists/submit-change-request.ts';
import { submitFiling } from '../lists/submit-filing.ts';
import { agencies, users } from '../organisation/schema.ts';
import type { AuditActor } from '../platform/audit/record.ts';
import type { Actor, Role } from '../platform/auth/actor.ts';
import type { WorkingCalendar } from '../platform/calendar/index.ts';
import type { Database, Tx } from '../platform/db/database.ts';

interface DemoItem {
  matter: string;
  administrativeMatter: string;
  agency: string;
  issuingBody: string;
  legalBasis: string;
  verification: VerificationClass;
  assistingAgency: string | null;
  timeLimitWorkingDays: number;
  standard: string;
  method: string;
  disclosure: boolean;
  remarks: string;
}
type DemoChange =
  | { action: 'add'; item: DemoItem }
  | { action: 'remove'; matter: string; administrativeMatter: string }
  | { action: 'amend'; matter: string; administrativeMatter: string; set: Partial<DemoItem> };
interface DemoAdjustment {
  reason: string;
  legalBasis: string;
  changes: DemoChange[];
}

/** The shapes of `demo/lists/*.json`: a city general list, and a district's catalogue and lists. */
export interface DemoCityList {
  city: string;
  title: string;
  publishedAt: string;
  items: (Omit<DemoItem, 'administrativeMatter'> & { administrativeMatterName: string })[];
}
export interface DemoDistrictLists {
  district: string;
  certificationMatters: Omit<CertificationMatterInput, 'retainedReason'>[];
  administrativeMatters: { code: string; name: string; kind: string; agency: string; proofs: string[] }[];
  localItems: DemoItem[];
  /** VER-5: exempt items whose industry regulator is another agency, with the regulator's opinion. */
  exemptions?: {
    matter: string;
    administrativeMatter: string;
    industryRegulator: string;
    opinion: { by: string; agrees: boolean; opinion: string };
  }[];
  retained: { name: string; legalBasis: string; issuingBody: string; reason: string }[];
  adjustment: DemoAdjustment;
  /** Actors of the story, by username: the keeper, the upper levels, an agency with a pending request. */
  story: {
    justice: string;
    cityJustice: string;
    provinceJustice: string;
    firstPublishedInWorkingDays: number;
    adjustedInWorkingDays: number;
    pendingRequest: {
      by: string;
      matter: string;
      administrativeMatter: string;
      set: Partial<DemoItem>;
      reason: string;
      legalBasis: string;
      returnedWith?: string;
    };
  };
  townLists?: {
    town: string;
    claims: string;
    adjustment: DemoAdjustment;
    story: { justice: string; officer: string; publishedInWorkingDays: number };
  }[];
}

/** The use cases take a Database; inside the demo's one transaction they get this view of it. */
const viewOf = (database: Database, tx: Tx): Database => ({
  ...database,
  db: tx.db,
  sql: tx.sql,
  transaction: (work) => work(tx),
});

const at = (calendar: WorkingCalendar, today: string, workingDays: number, hour = 10) =>
  new Date(
    `${calendar.addWorkingDays(today, workingDays).value}T${String(hour - 8).padStart(2, '0')}:00:00Z`,
  );

/**
 * Loads the lists story through the same use cases users go through: the city general lists are
 * imported; each district claims its city's, adds local items, publishes version 1 and files it up
 * to the province; an adjustment becomes version 2 (its filing still open); an agency's change request
 * waits; in ST, 店子镇 claims the district list, adds its own matters through reviewed requests and
 * publishes a town list.
 */
export async function loadDemoLists(options: {
  database: Database;
  tx: Tx;
  cities: DemoCityList[];
  districts: DemoDistrictLists[];
  today: string;
  calendar: WorkingCalendar;
  system: AuditActor;
}): Promise<void> {
  const { tx, calendar, today } = options;
  const database = viewOf(options.database, tx);
  const actorOf = async (username: string): Promise<Actor> => {
    const [u] = await tx.db.select().from(users).where(eq(users.username, username));
    if (!u) throw new Error(`demo lists name an unknown user ${username}`);
    return { ...u, userId: u.id, role: u.role as Role, ip: null, requestId: null };
  };
  for (const city of options.cities) {
    const list = await ensureList(tx, city.city, new Date(`${city.publishedAt}T02:00:00Z`));
    await publishVersion(tx, {
      list,
      note: city.title,
      actor: options.system,
      now: new Date(`${city.publishedAt}T02:00:00Z`),
      calendar,
      imported: {
        publishedOn: city.publishedAt,
        items: city.items.map(
          (i, n): ListItem => ({
            key: `${city.city}-${String(n + 1).padStart(3, '0')}`,
            name: i.matter,
            proves: '',
            field: '其他',
            administrativeMatter: i.administrativeMatterName,
            administrativeMatterKind: '其他',
            handlingAgency: i.agency,
            issuingBody: i.issuingBody,
            legalBasis: i.legalBasis,
            verification: i.verification,
            assistingAgency: i.assistingAgency,
            timeLimitWorkingDays: i.timeLimitWorkingDays,
            standard: i.standard,
            method: i.method,
            disclosure: i.disclosure,
            remarks: i.remarks,
          }),
        ),
      },
    });
  }
  for (const d of options.districts) await loadDistrict(d);

  async function loadDistrict(d: DemoDistrictLists) {
    const agencyIds = new Map(
      (await tx.db.select().from(agencies).where(eq(agencies.districtCode, d.district))).map((a) => [
        a.name,
        a.id,
      ]),
    );
    const agencyId = (name: string) => {
      const id = agencyIds.get(name);
      if (!id) throw new Error(`demo lists name an unknown agency ${name}`);
      return id;
    };
    const loadedAt = at(calendar, today, d.story.firstPublishedInWorkingDays - 1);
    for (const m of d.certificationMatters)
      await tx.db
        .insert(certificationMatters)
        .values({ ...m, districtCode: d.district, createdAt: loadedAt, updatedAt: loadedAt });
    for (const r of d.retained)
      await tx.db
        .insert(certificationMatters)
        .values({
          ...r,
          proves: '',
          field: '其他',
          frequency: 'low',
          difficulty: 'high',
          verifiability: 'hard',
          eLicense: false,
          retainedReason: r.reason,
          districtCode: d.district,
          createdAt: loadedAt,
          updatedAt: loadedAt,
        })
        .onConflictDoUpdate({
          target: [certificationMatters.districtCode, certificationMatters.name],
          set: { retainedReason: r.reason },
        });
    const codes = new Map(d.administrativeMatters.map((a) => [a.code, a.name]));
    for (const a of d.administrativeMatters)
      await tx.db.insert(administrativeMatters).values({
        districtCode: d.district,
        code: a.code,
        name: a.name,
        kind: a.kind,
        agencyId: agencyId(a.agency),
        proofs: a.proofs,
        createdAt: loadedAt,
      });
    const idOf = async (matter: string, code: string) => {
      const [m] = await tx.db
        .select()
        .from(certificationMatters)
        .where(and(eq(certificationMatters.districtCode, d.district), eq(certificationMatters.name, matter)));
      const [a] = await tx.db
        .select()
        .from(administrativeMatters)
        .where(
          and(
            eq(administrativeMatters.districtCode, d.district),
            eq(administrativeMatters.name, codes.get(code) ?? code),
          ),
        );
      if (!m || !a) throw new Error(`demo lists: ${matter} / ${code} not in the catalogue of ${d.district}`);
      return { certificationMatterId: m.id, administrativeMatterId: a.id };
    };
    const termsOf = async (i: DemoItem): Promise<ItemTermsInput> => ({
      ...(await idOf(i.matter, i.administrativeMatter)),
      verification: i.verification,
      assistingAgencyId: i.assistingAgency ? agencyId(i.assistingAgency) : null,
      timeLimitWorkingDays: i.timeLimitWorkingDays,
      standard: i.standard,
      method: i.method,
      disclosure: i.disclosure,
      remarks: i.remarks,
      legalBasis: i.legalBasis,
      issuingBody: i.issuingBody,
    });
    const rowOf = async (code: string, matter: string, administrativeMatterCode: string) => {
      const list = (await findList(tx.db, code))!;
      const row = (await draftOf(tx.db, list.id)).find(
        (r) => r.name === matter && r.administrativeMatter === codes.get(administrativeMatterCode),
      );
      if (!row)
        throw new Error(`demo lists: ${matter} / ${administrativeMatterCode} not on the list of ${code}`);
      return row;
    };
    const amendedTerms = async (code: string, c: Extract<DemoChange, { action: 'amend' }>) => {
      const row = await rowOf(code, c.matter, c.administrativeMatter);
      const { assistingAgency, ...set } = c.set;
      return {
        row,
        input: {
          ...termsInputOf(row),
          ...set,
          ...(assistingAgency !== undefined
            ? { assistingAgencyId: assistingAgency ? agencyId(assistingAgency) : null }
            : {}),
        } as ItemTermsInput,
      };
    };
    const justice = await actorOf(d.story.justice);
    const publish = async (code: string, by: Actor, now: Date, note: string) =>
      publishList({
        database,
        actor: by,
        now,
        calendar,
        listCode: code,
        draftRevision: (await findList(tx.db, code))!.draftRevision,
        note,
        onPublished: () => {},
      });
    const applyDirectly = async (code: string, changes: DemoChange[], now: Date) => {
      for (const c of changes) {
        if (c.action === 'add')
          await editDraft({
            database,
            actor: justice,
            now,
            listCode: code,
            edit: { kind: 'add', input: await termsOf(c.item) },
          });
        else if (c.action === 'remove') {
          const row = await rowOf(code, c.matter, c.administrativeMatter);
          await editDraft({
            database,
            actor: justice,
            now,
            listCode: code,
            edit: { kind: 'remove', itemId: row.id, revision: row.revision },
          });
        } else {
          const { row, input } = await amendedTerms(code, c);
          await editDraft({
            database,
            actor: justice,
            now,
            listCode: code,
            edit: { kind: 'amend', itemId: row.id, revision: row.revision, input },
          });
        }
      }
    };
    const fileUpwards = async (publishedWorkingDays: number, hops: Actor[]) => {
      for (const [n, [sender, receiver]] of hops
        .slice(0, -1)
        .map((s, i) => [s, hops[i + 1]!] as const)
        .entries()) {
        const [filing] = await tx.db
          .select()
          .from(listFilings)
          .where(
            and(eq(listFilings.fromJurisdictionCode, sender.jurisdictionCode), eq(listFilings.hop, n + 1)),
          );
        const sent = await submitFiling({
          database,
          actor: sender,
          now: at(calendar, today, publishedWorkingDays + 2 * n + 1),
          id: filing!.id,
          revision: filing!.revision,
        });
        await receiveFiling({
          database,
          actor: receiver,
          now: at(calendar, today, publishedWorkingDays + 2 * n + 2, 15),
          calendar,
          id: sent.id,
          revision: sent.revision,
        });
      }
    };

    // Version 1: the city general list taken over whole, plus the district's own matters.
    const t1 = at(calendar, today, d.story.firstPublishedInWorkingDays);
    await claimItems({ database, actor: justice, now: loadedAt, listCode: d.district, itemKeys: null });
    for (const item of d.localItems)
      await editDraft({
        database,
        actor: justice,
        now: loadedAt,
        listCode: d.district,
        edit: { kind: 'add', input: await termsOf(item) },
      });
    for (const e of d.exemptions ?? []) {
      const { row, input } = await amendedTerms(d.district, {
        action: 'amend',
        matter: e.matter,
        administrativeMatter: e.administrativeMatter,
        set: {},
      });
      await editDraft({
        database,
        actor: justice,
        now: loadedAt,
        listCode: d.district,
        edit: {
          kind: 'amend',
          itemId: row.id,
          revision: row.revision,
          input,
          industryRegulator: e.industryRegulator,
        },
      });
      await recordRegulatorOpinion({
        database,
        actor: await actorOf(e.opinion.by),
        now: loadedAt,
        listCode: d.district,
        rowId: row.id,
        input: { agrees: e.opinion.agrees, opinion: e.opinion.opinion },
      });
    }
    await publish(d.district, justice, t1, '承接市级通用清单并增列本区事项，经区政府同意公布');
    await fileUpwards(d.story.firstPublishedInWorkingDays, [
      justice,
      await actorOf(d.story.cityJustice),
      await actorOf(d.story.provinceJustice),
    ]);

    // Version 2: the dynamic adjustment; its filing is still open.
    const t2 = at(calendar, today, d.story.adjustedInWorkingDays);
    await applyDirectly(
      d.district,
      d.adjustment.changes,
      at(calendar, today, d.story.adjustedInWorkingDays - 1),
    );
    await publish(d.district, justice, t2, d.adjustment.reason);

    // A change request from an agency, waiting for the justice bureau (or returned to it).
    const p = d.story.pendingRequest;
    const requester = await actorOf(p.by);
    const { row, input } = await amendedTerms(d.district, {
      action: 'amend',
      matter: p.matter,
      administrativeMatter: p.administrativeMatter,
      set: p.set,
    });
    const { certificationMatterId: _m, administrativeMatterId: _a, ...amend } = input;
    const request = await submitChangeRequest({
      database,
      actor: requester,
      now: at(calendar, today, -1),
      input: {
        listCode: d.district,
        proposal: { amend: pick(amend, Object.keys(p.set)) },
        targetItemId: row.id,
        reason: p.reason,
        legalBasis: p.legalBasis,
      },
    });
    if (p.returnedWith)
      await reviewChangeRequest({
        database,
        actor: justice,
        now: at(calendar, today, 0, 9),
        id: request.id,
        decision: 'return',
        comment: p.returnedWith,
        revision: request.revision,
      });

    for (const town of d.townLists ?? []) {
      const townJustice = await actorOf(town.story.justice);
      const officer = await actorOf(town.story.officer);
      const when = at(calendar, today, town.story.publishedInWorkingDays - 1);
      await ensureList(tx, town.town, when);
      await claimItems({ database, actor: townJustice, now: when, listCode: town.town, itemKeys: null });
      for (const c of town.adjustment.changes) {
        if (c.action !== 'add') throw new Error('demo town adjustments add items');
        const submitted = await submitChangeRequest({
          database,
          actor: officer,
          now: when,
          input: {
            listCode: town.town,
            proposal: { add: await termsOf(c.item) },
            targetItemId: null,
            reason: town.adjustment.reason,
            legalBasis: town.adjustment.legalBasis,
          },
        });
        await reviewChangeRequest({
          database,
          actor: townJustice,
          now: when,
          id: submitted.id,
          decision: 'approve',
          comment: '符合本镇实际，同意增列',
          revision: submitted.revision,
        });
      }
      await publish(
        town.town,
        townJustice,
        at(calendar, today, town.story.publishedInWorkingDays),
        '全部认领区级清单并增列本镇事项',
      );
      const [filing] = await tx.db
        .select()
        .from(listFilings)
        .where(eq(listFilings.fromJurisdictionCode, town.town));
      await submitFiling({
        database,
        actor: townJustice,
        now: at(calendar, today, town.story.publishedInWorkingDays + 1),
        id: filing!.id,
        revision: filing!.revision,
      });
    }
  }
}

const pick = <T extends object>(value: T, keys: string[]): Partial<T> =>
  Object.fromEntries(
    Object.entries(value).filter(([k]) => keys.includes(k === 'assistingAgencyId' ? 'assistingAgency' : k)),
  ) as Partial<T>;
