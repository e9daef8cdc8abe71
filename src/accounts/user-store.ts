import { eq, sql } from 'drizzle-orm';
import { users } from '../organisation/index.ts';
import type { AppDb } from '../platform/db/database.ts';

export type UserRow = typeof users.$inferSelect;

export async function findUserByUsername(db: AppDb, username: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.username})`, username.trim().toLowerCase()));
  return row;
}

export async function findUserById(db: AppDb, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** What an audit entry may keep of a user: never the password hash. */
export function userSnapshot(user: UserRow) {
  const { passwordHash: _secret, agentIdNumber: _id, ...rest } = user;
  return rest;
}
