import { eq } from 'drizzle-orm';
import { users } from '../organisation/schema.ts';
import type { Actor, Role } from '../platform/auth/actor.ts';
import type { AppDb } from '../platform/db/database.ts';

/** A demo user as the use cases see a signed-in one, so the demo's stories go through them. */
export async function demoActor(db: AppDb, username: string): Promise<Actor> {
  const [u] = await db.select().from(users).where(eq(users.username, username));
  if (!u) throw new Error(`the demo names an unknown user ${username}`);
  return { ...u, userId: u.id, role: u.role as Role, ip: null, requestId: null };
}
