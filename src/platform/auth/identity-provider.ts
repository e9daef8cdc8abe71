/**
 * Login sits behind this interface so that a province's unified identity service (统一身份认证) can
 * replace local passwords later: it answers which local user an external identity is, and nothing
 * else of the platform changes.
 */
export interface IdentityProvider {
  readonly name: string;
  /** The user id for these credentials, or null when they are wrong. Never throws for bad input. */
  authenticate(credentials: { username: string; password: string }): Promise<{ userId: string } | null>;
}
