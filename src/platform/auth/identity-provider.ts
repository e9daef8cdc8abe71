/**
 * Login sits behind this interface so that a province's unified identity service (统一身份认证) can
 * replace local passwords: it answers which local user an external identity is and, where the service
 * has verified a real name, whom that user is (a person, or an organisation's legal representative).
 */
export interface IdentityProvider {
  readonly name: string;
  /** The user id for these credentials, or null when they are wrong. Never throws for bad input. */
  authenticate(credentials: { username: string; password: string }): Promise<AuthenticatedIdentity | null>;
}

export interface AuthenticatedIdentity {
  userId: string;
  /** A party the provider vouches for (实名认证): the account is linked to it at once (SPEC §10). */
  verifiedParty?: {
    kind: 'person' | 'organisation';
    identifier: string;
    name: string;
    /** For an organisation: its legal representative is its administrator; others are agents. */
    capacity: 'self' | 'administrator' | 'agent';
  };
}
