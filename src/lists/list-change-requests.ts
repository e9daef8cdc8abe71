import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { type ChangeRequestState, changeRequestWorkflow } from '../common/change-request-states.ts';
import type { ListItem } from '../common/list-item.ts';
import { agencies, users } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { contains } from '../platform/auth/jurisdiction-codes.ts';
import { canAccessDistrict } from '../platform/auth/permissions.ts';
import { withinReach } from '../platform/auth/within-reach.ts';
import type { AppDb } from '../platform/db/database.ts';
import { changeRequestNotFound } from './change-request-store.ts';
import { changeRequestEvents, changeRequests, lists } from './schema.ts';
import { fieldChanges } from './version-diff.ts';

const summaryColumns = {
  request: changeRequests,
  listCode: lists.jurisdictionCode,
  listTitle: lists.title,
  agencyName: agencies.name,
  requestedByName: users.displayName,
};

type Joined = {
  request: typeof changeRequests.$inferSelect;
  listCode: string;
  listTitle: string;
  agencyName: string;
  requestedByName: string;
};

/** What a user may do with a request, so the page offers exactly the allowed actions. */
function allowedActions(actor: Actor, row: Joined['request']): string[] {
  const reviewer =
    actor.role === 'justice-officer' &&
    actor.jurisdictionCode === row.reviewJurisdictionCode &&
    actor.agencyId !== row.requestingAgencyId;
  return [
    ...(reviewer ? changeRequestWorkflow.allowedActions(row.state, 'reviewer') : []),
    ...(actor.agencyId === row.requestingAgencyId
      ? changeRequestWorkflow.allowedActions(row.state, 'requester')
      : []),
  ];
}

const present = (actor: Actor, j: Joined) => {
  const { proposal, targetSnapshot, ...rest } = j.request;
  const preview = (proposal as { preview?: Partial<ListItem> | null } | null)?.preview ?? null;
  const itemName = preview?.name ?? targetSnapshot?.name ?? '';
  return {
    ...rest,
    listCode: j.listCode,
    listTitle: j.listTitle,
    agencyName: j.agencyName,
    requestedByName: j.requestedByName,
    itemName,
    administrativeMatter: preview?.administrativeMatter ?? targetSnapshot?.administrativeMatter ?? '',
    proposal,
    before: targetSnapshot,
    after: preview,
    changes:
      j.request.action === 'amend' && targetSnapshot && preview ? fieldChanges(targetSnapshot, preview) : [],
    allowedActions: allowedActions(actor, j.request),
  };
};

/** District (and upper-level) staff see every request of the district; a town's staff their town's and their own. */
const seesRequest = (actor: Actor, j: Joined) =>
  canAccessDistrict(actor, j.request.districtCode) &&
  (actor.jurisdictionCode.length === 6 ||
    contains(actor.jurisdictionCode, j.listCode) ||
    j.request.requestingAgencyId === actor.agencyId);

/** LIST-6: the change requests an actor can see: of their district, narrowed to a list or state. */
export async function listChangeRequests(
  db: AppDb,
  actor: Actor,
  filter: { list?: string; state?: ChangeRequestState },
) {
  const where: SQL[] = [withinReach(actor, changeRequests.districtCode)];
  if (filter.list) where.push(eq(lists.jurisdictionCode, filter.list));
  if (filter.state) where.push(eq(changeRequests.state, filter.state));
  const rows = await db
    .select(summaryColumns)
    .from(changeRequests)
    .innerJoin(lists, eq(lists.id, changeRequests.listId))
    .innerJoin(agencies, eq(agencies.id, changeRequests.requestingAgencyId))
    .innerJoin(users, eq(users.id, changeRequests.requestedBy))
    .where(and(...where))
    .orderBy(desc(changeRequests.updatedAt));
  return rows.filter((j) => seesRequest(actor, j)).map((j) => present(actor, j));
}

export async function getChangeRequest(db: AppDb, actor: Actor, id: string) {
  const [row] = await db
    .select(summaryColumns)
    .from(changeRequests)
    .innerJoin(lists, eq(lists.id, changeRequests.listId))
    .innerJoin(agencies, eq(agencies.id, changeRequests.requestingAgencyId))
    .innerJoin(users, eq(users.id, changeRequests.requestedBy))
    .where(eq(changeRequests.id, id));
  if (!row || !seesRequest(actor, row)) throw changeRequestNotFound();
  const events = await db
    .select()
    .from(changeRequestEvents)
    .where(inArray(changeRequestEvents.changeRequestId, [id]))
    .orderBy(asc(changeRequestEvents.at));
  return { ...present(actor, row), events };
}
