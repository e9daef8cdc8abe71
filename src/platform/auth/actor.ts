/** SPEC §1 roles, as named in `demo/users.json`. */
export const roles = [
  'applicant',
  'case-officer',
  'verifier',
  'assisting-officer',
  'regulator',
  'justice-officer',
  'credit-officer',
  'data-officer',
  'auditor',
  'admin',
] as const;

export type Role = (typeof roles)[number];

export const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);

/** A signed-in user as every request sees it (ORG-2: one role at one jurisdiction, maybe one agency). */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  jurisdictionCode: string;
  districtCode: string;
  agencyId: string | null;
  partyId: string | null;
  /** How the account acts for its party: itself, or the organisation's administrator or agent. */
  partyCapacity: 'self' | 'administrator' | 'agent' | null;
  ip: string | null;
  requestId: string | null;
}
