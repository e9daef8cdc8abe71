import type { IdentityProvider } from '../platform/auth/identity-provider.ts';
import { decoy, type HashingProfile, verifyPassword } from '../platform/auth/passwords.ts';
import type { AppDb } from '../platform/db/database.ts';
import { findUserByUsername } from './user-store.ts';

/** Local usernames and argon2 password hashes: the identity provider until a provincial one exists. */
export function localPasswordProvider(db: AppDb, profile: HashingProfile): IdentityProvider {
  return {
    name: 'local-password',
    async authenticate({ username, password }) {
      const user = await findUserByUsername(db, username);
      if (!user?.passwordHash) {
        await verifyPassword(await decoy(profile), password);
        return null;
      }
      return (await verifyPassword(user.passwordHash, password)) ? { userId: user.id } : null;
    },
  };
}
