import { and, between, count, eq, lt, ne, sql } from 'drizzle-orm';
import { caseProofs, cases } from '../cases/index.ts';
import { deadlines } from '../inbox/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan } from '../platform/auth/permissions.ts';
import type { AppDb } from '../platform/db/database.ts';
import { invalid } from '../platform/errors.ts';
import { endOfShanghaiDay, startOfShanghaiDay } from '../platform/time.ts';
import { verificationTasks } from '../verification/index.ts';
import { districtNotFound, districtsWithinReach } from './districts-within-reach.ts';

export interface StatisticsQuery {
  district?: string;
  from?: string;
  to?: string;
}

/**
 * GOV-2 统计 of one district over a period, read-only: applications by state and by matter, the share
 * made with commitment, verification outcomes (不实 among them), the average days from application
 * to decision, and the deadlines past due today. Applications count by their submission date,
 * decisions by theirs, verifications by the day they ended.
 */
export async function districtStatistics(db: AppDb, actor: Actor, query: StatisticsQuery, today: string) {
  assertCan(actor, 'oversight.read');
  const districts = (await districtsWithinReach(db, actor)).map(({ code, name }) => ({ code, name }));
  const wanted = query.district ?? actor.districtCode;
  const district =
    districts.find((d) => d.code === wanted) ?? (query.district === undefined ? districts[0] : undefined);
  if (!district) throw districtNotFound();
  const period = { from: query.from ?? `${today.slice(0, 4)}-01-01`, to: query.to ?? today };
  if (period.from > period.to)
    throw invalid('to', '统计期止不能早于统计期起', 'The end of the period cannot be before its start');
  const [applications, decisions, verification, overdue] = await Promise.all([
    applicationsIn(db, district.code, period),
    decisionsIn(db, district.code, period),
    verificationIn(db, district.code, period, today),
    overdueDeadlines(db, district.code, today),
  ]);
  return {
    district,
    districts,
    period,
    cases: { ...applications.totals, ...decisions },
    matters: applications.matters,
    verification,
    deadlines: overdue,
  };
}

type Period = { from: string; to: string };
const submittedIn = (district: string, period: Period) =>
  and(
    eq(cases.districtCode, district),
    between(cases.submittedAt, startOfShanghaiDay(period.from), endOfShanghaiDay(period.to)),
  );
const committed = sql`exists (select 1 from ${caseProofs} where ${caseProofs.caseId} = ${cases.id} and ${caseProofs.choice} = 'commit')`;

/** CASE-1..6: the applications submitted in the period, by state and by matter, and their proofs. */
async function applicationsIn(db: AppDb, district: string, period: Period) {
  const [byMatterAndState, [proofs]] = await Promise.all([
    db
      .select({
        matter: cases.matterName,
        state: cases.state,
        n: count(),
        withCommitment: sql<number>`count(*) filter (where ${committed})::int`,
      })
      .from(cases)
      .where(submittedIn(district, period))
      .groupBy(cases.matterName, cases.state),
    db
      .select({
        all: count(),
        committed: sql<number>`count(*) filter (where ${caseProofs.choice} = 'commit')::int`,
      })
      .from(caseProofs)
      .innerJoin(cases, eq(cases.id, caseProofs.caseId))
      .where(submittedIn(district, period)),
  ]);
  const byState = new Map<string, number>();
  const matters = new Map<
    string,
    { name: string; cases: number; withCommitment: number; approved: number }
  >();
  for (const row of byMatterAndState) {
    byState.set(row.state, (byState.get(row.state) ?? 0) + row.n);
    const matter = matters.get(row.matter) ?? { name: row.matter, cases: 0, withCommitment: 0, approved: 0 };
    matter.cases += row.n;
    matter.withCommitment += row.withCommitment;
    if (row.state === 'approved') matter.approved += row.n;
    matters.set(row.matter, matter);
  }
  const rows = [...matters.values()];
  return {
    totals: {
      submitted: rows.reduce((n, m) => n + m.cases, 0),
      byState: [...byState].map(([state, n]) => ({ state, count: n })),
      withCommitment: rows.reduce((n, m) => n + m.withCommitment, 0),
      proofs: proofs?.all ?? 0,
      committedProofs: proofs?.committed ?? 0,
    },
    matters: rows.sort((a, b) => b.cases - a.cases || a.name.localeCompare(b.name, 'zh')),
  };
}

/** CASE-6: the decisions taken in the period, and the average calendar days from application to them. */
async function decisionsIn(db: AppDb, district: string, period: Period) {
  const [row] = await db
    .select({
      decided: count(),
      days: sql<
        number | null
      >`avg(${cases.decidedOn} - (${cases.submittedAt} at time zone 'Asia/Shanghai')::date)::float8`,
    })
    .from(cases)
    .where(and(eq(cases.districtCode, district), between(cases.decidedOn, period.from, period.to)));
  const days = row?.days === null || row?.days === undefined ? null : Number(row.days);
  return {
    decided: row?.decided ?? 0,
    averageDaysToDecide: days === null ? null : Math.round(days * 10) / 10,
  };
}

/** VER-6: the verifications that ended in the period by outcome; those still open now, and overdue. */
async function verificationIn(db: AppDb, district: string, period: Period, today: string) {
  const ofDistrict = and(
    eq(verificationTasks.districtCode, district),
    eq(verificationTasks.kind, 'verification'),
  );
  const [outcomes, [open]] = await Promise.all([
    db
      .select({ outcome: verificationTasks.outcome, n: count() })
      .from(verificationTasks)
      .where(
        and(
          ofDistrict,
          eq(verificationTasks.state, 'done'),
          between(verificationTasks.finishedAt, startOfShanghaiDay(period.from), endOfShanghaiDay(period.to)),
        ),
      )
      .groupBy(verificationTasks.outcome),
    db
      .select({
        open: count(),
        overdue: sql<number>`count(*) filter (where ${verificationTasks.dueDate} < ${today})::int`,
      })
      .from(verificationTasks)
      .where(and(ofDistrict, ne(verificationTasks.state, 'done'))),
  ]);
  const of = (outcome: string) => outcomes.find((o) => o.outcome === outcome)?.n ?? 0;
  return {
    finished: outcomes.reduce((n, o) => n + o.n, 0),
    byOutcome: { true: of('true'), false: of('false'), unverifiable: of('unverifiable') },
    open: open?.open ?? 0,
    overdue: open?.overdue ?? 0,
  };
}

/** GOV-4: the district's deadlines past due today, by what they are for (the key's first part). */
async function overdueDeadlines(db: AppDb, district: string, today: string) {
  const kind = sql<string>`split_part(${deadlines.key}, ':', 1)`;
  const rows = await db
    .select({ kind, n: count() })
    .from(deadlines)
    .where(
      and(eq(deadlines.districtCode, district), eq(deadlines.state, 'open'), lt(deadlines.dueDate, today)),
    )
    .groupBy(kind);
  return {
    overdue: rows.reduce((n, r) => n + r.n, 0),
    byKind: rows.map((r) => ({ kind: r.kind, count: r.n })).sort((a, b) => b.count - a.count),
  };
}
