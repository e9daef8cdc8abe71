import { eq } from 'drizzle-orm';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor, Role } from '../platform/auth/actor.ts';
import { contains } from '../platform/auth/jurisdiction-codes.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import { invalid, staleVersion } from '../platform/errors.ts';
import { users } from './schema.ts';
import { userNotFound } from './scope.ts';
import { resolvePlacement } from './user-placement.ts';

export interface UserChange {
  displayName: string;
  role: Role;
  jurisdictionCode: string;
  agencyId?: string | null;
  districtCode?: string;
  phone?: string | null;
  active: boolean;
  version: number;
}

/** ORG-2: an admin changes a user's role or scope; a disabled user's sessions end at once. */
export async function updateUser(options: {
  database: Database;
  actor: Actor;
  now: Date;
  id: string;
  input: UserChange;
  /** Ends the user's sessions (accounts keeps them; the server plugs it in). */
  endSessions: (tx: Tx, userId: string) => Promise<void>;
}) {
  const { database, actor, now, id, input } = options;
  if (id === actor.userId) {
    // Name the field at fault: disabling oneself is about `active`, not `role`.
    const field = !input.active
      ? 'active'
      : input.role !== actor.role
        ? 'role'
        : input.jurisdictionCode !== actor.jurisdictionCode
          ? 'jurisdictionCode'
          : undefined;
    if (field)
      throw invalid(
        field,
        '不能更改自己的角色、区划或停用自己',
        'You cannot change your own role or scope, or disable yourself',
      );
  }
  return database.transaction(async (tx) => {
    const [row] = await tx.db.select().from(users).where(eq(users.id, id)).for('update');
    if (!row || !contains(actor.jurisdictionCode, row.jurisdictionCode)) throw userNotFound();
    if (row.version !== input.version) throw staleVersion();
    const placement =
      row.role === 'applicant' && input.role === 'applicant'
        ? { jurisdictionCode: row.jurisdictionCode, agencyId: null, districtCode: row.districtCode }
        : await resolvePlacement(tx, actor, input);
    const [updated] = await tx.db
      .update(users)
      .set({
        displayName: input.displayName.trim(),
        role: input.role,
        ...placement,
        phone: input.phone || null,
        active: input.active,
        version: row.version + 1,
      })
      .where(eq(users.id, id))
      .returning();
    if (!input.active || placement.jurisdictionCode !== row.jurisdictionCode || input.role !== row.role) {
      await options.endSessions(tx, id);
    }
    const { passwordHash: _a, ...before } = row;
    const { passwordHash: _b, ...after } = updated!;
    await recordAudit(tx, {
      chain: row.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
