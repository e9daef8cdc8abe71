import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor, Role } from '../platform/auth/actor.ts';
import { assertPasswordRule, type HashingProfile, hashPassword } from '../platform/auth/passwords.ts';
import type { Database } from '../platform/db/database.ts';
import { users } from './schema.ts';
import { resolvePlacement } from './user-placement.ts';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  jurisdictionCode: string;
  agencyId?: string | null;
  districtCode?: string;
  phone?: string | null;
  /** Initial password; the user must change it at first login. */
  password: string;
}

export async function createUser(options: {
  database: Database;
  actor: Actor;
  now: Date;
  hashing: HashingProfile;
  input: NewUser;
}) {
  const { database, actor, now, input } = options;
  assertPasswordRule(input.password);
  const passwordHash = await hashPassword(input.password, options.hashing);
  return database.transaction(async (tx) => {
    const placement = await resolvePlacement(tx, actor, input);
    const [created] = await tx.db
      .insert(users)
      .values({
        username: input.username.trim(),
        displayName: input.displayName.trim(),
        passwordHash,
        role: input.role,
        ...placement,
        phone: input.phone || null,
        mustChangePassword: true,
        createdAt: now,
      })
      .returning();
    const { passwordHash: _secret, ...user } = created!;
    await recordAudit(tx, {
      chain: user.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      after: user,
    });
    return user;
  });
}
