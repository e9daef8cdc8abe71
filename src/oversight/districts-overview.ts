import { and, count, desc, eq, gte, lt, ne } from 'drizzle-orm';
import { cases } from '../cases/index.ts';
import { documentFilings } from '../documents/index.ts';
import { deadlines } from '../inbox/index.ts';
import { isFilingOverdue, listFilings, lists, listVersions } from '../lists/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan } from '../platform/auth/permissions.ts';
import type { AppDb } from '../platform/db/database.ts';
import { startOfShanghaiDay } from '../platform/time.ts';
import { verificationTasks } from '../verification/index.ts';
import { districtsWithinReach } from './districts-within-reach.ts';

/**
 * The workbench of a city's or the province's justice bureau (and of an auditor): the filings sent to
 * their own level (LIST-7 lists, DOC-5 work rules, texts and guides) by state, and, for each served
 * district within reach, where it stands — its list in force, list filings not yet received up to the
 * province and rule, text and guide filings not yet recorded, deadlines past due,
 * this year's applications and findings of false commitment.
 */
export async function districtsOverview(db: AppDb, actor: Actor, today: string) {
  assertCan(actor, 'oversight.read');
  const yearStart = startOfShanghaiDay(`${today.slice(0, 4)}-01-01`);
  const [filings, districts] = await Promise.all([
    filingsTo(db, actor.jurisdictionCode, today),
    districtsWithinReach(db, actor),
  ]);
  return {
    filings,
    districts: await Promise.all(
      districts.map(async (d) => ({ ...d, ...(await standing(db, d.code, today, yearStart)) })),
    ),
  };
}

/** LIST-7, DOC-5: what was filed with this level, as its receiver reads it. */
async function filingsTo(db: AppDb, jurisdictionCode: string, today: string) {
  const [hops, documents] = await Promise.all([
    db
      .select({ state: listFilings.state, dueDate: listFilings.dueDate })
      .from(listFilings)
      .where(eq(listFilings.toJurisdictionCode, jurisdictionCode)),
    db
      .select({ state: documentFilings.state, n: count() })
      .from(documentFilings)
      .where(eq(documentFilings.toJurisdictionCode, jurisdictionCode))
      .groupBy(documentFilings.state),
  ]);
  const lists = { notSent: 0, overdue: 0, awaiting: 0, received: 0 };
  for (const hop of hops) {
    if (hop.state === 'received') lists.received += 1;
    else if (hop.state === 'submitted') lists.awaiting += 1;
    else if (isFilingOverdue(hop, today)) lists.overdue += 1;
    else lists.notSent += 1;
  }
  const of = (state: string) => documents.find((d) => d.state === state)?.n ?? 0;
  return { lists, documents: { awaiting: of('submitted'), received: of('received') } };
}

/** One district's standing: list in force, open filings, overdue deadlines, this year's cases and 不实. */
async function standing(db: AppDb, district: string, today: string, yearStart: Date) {
  const [[version], [listHops], [documentHops], [overdue], [applied], [falseFindings]] = await Promise.all([
    db
      .select({ versionNo: listVersions.versionNo, publishedOn: listVersions.publishedOn })
      .from(listVersions)
      .innerJoin(lists, eq(lists.id, listVersions.listId))
      .where(eq(lists.jurisdictionCode, district))
      .orderBy(desc(listVersions.versionNo))
      .limit(1),
    db
      .select({ n: count() })
      .from(listFilings)
      .where(and(eq(listFilings.districtCode, district), ne(listFilings.state, 'received'))),
    db
      .select({ n: count() })
      .from(documentFilings)
      .where(and(eq(documentFilings.districtCode, district), eq(documentFilings.state, 'submitted'))),
    db
      .select({ n: count() })
      .from(deadlines)
      .where(
        and(eq(deadlines.districtCode, district), eq(deadlines.state, 'open'), lt(deadlines.dueDate, today)),
      ),
    db
      .select({ n: count() })
      .from(cases)
      .where(and(eq(cases.districtCode, district), gte(cases.submittedAt, yearStart))),
    db
      .select({ n: count() })
      .from(verificationTasks)
      .where(
        and(
          eq(verificationTasks.districtCode, district),
          eq(verificationTasks.outcome, 'false'),
          gte(verificationTasks.finishedAt, yearStart),
        ),
      ),
  ]);
  return {
    list: version ?? null,
    openListFilings: listHops?.n ?? 0,
    openDocumentFilings: documentHops?.n ?? 0,
    overdueDeadlines: overdue?.n ?? 0,
    casesThisYear: applied?.n ?? 0,
    falseFindingsThisYear: falseFindings?.n ?? 0,
  };
}
