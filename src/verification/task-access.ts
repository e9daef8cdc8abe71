import { and, eq, type SQL } from 'drizzle-orm';
import { isAgencyBound } from '../common/agency-bound-roles.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { canAccessDistrict } from '../platform/auth/permissions.ts';
import { withinReach } from '../platform/auth/within-reach.ts';
import type { Tx } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { verificationTasks } from './schema.ts';

/** The agency whose work alone the actor sees, or null for those who oversee the district. */
export const boundAgency = (actor: Actor): string | null =>
  isAgencyBound(actor.role) ? actor.agencyId : null;

/** VER-1: the tasks an actor sees, as a condition a query can use. */
export const visibleTasks = (actor: Actor): SQL => {
  const agencyId = boundAgency(actor);
  return and(
    withinReach(actor, verificationTasks.districtCode),
    agencyId ? eq(verificationTasks.agencyId, agencyId) : undefined,
  )!;
};

export const taskNotFound = () =>
  new DomainError(
    'NOT_FOUND',
    '核查任务不存在或不在您的管辖范围内',
    'No such verification task within your reach',
  );

export const canSeeTask = (actor: Actor, task: { districtCode: string; agencyId: string }) =>
  canAccessDistrict(actor, task.districtCode) &&
  (!isAgencyBound(actor.role) || !actor.agencyId || task.agencyId === actor.agencyId);

/** A task the actor may act on, locked for the change (a stale revision is refused). */
export async function lockTask(tx: Tx, actor: Actor, id: string, revision?: number) {
  const [task] = await tx.db
    .select()
    .from(verificationTasks)
    .where(eq(verificationTasks.id, id))
    .for('update');
  if (!task || !canSeeTask(actor, task)) throw taskNotFound();
  if (revision !== undefined && revision !== task.revision)
    throw new DomainError(
      'STALE_VERSION',
      '核查任务已被他人更新，请刷新后重试',
      'The task was changed meanwhile; reload and try again',
      'revision',
    );
  return task;
}
