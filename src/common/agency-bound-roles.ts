/**
 * ORG-2: the roles that see their own agency's verification work and queries only; the district's
 * overseers (justice, credit, big-data centre, auditors, admins) read the whole district's.
 */
export const agencyBoundRoles: readonly string[] = [
  'case-officer',
  'verifier',
  'regulator',
  'assisting-officer',
];

export const isAgencyBound = (role: string) => agencyBoundRoles.includes(role);
