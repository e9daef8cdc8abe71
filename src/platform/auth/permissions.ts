import { DomainError, forbidden } from '../errors.ts';
import { reachesDistrict } from './access-policy.ts';
import type { Actor, Role } from './actor.ts';

/** What a role may do; record-level scope is checked separately (`assertDistrictAccess`). */
export const permissions = [
  'organisation.read', // see jurisdictions and agencies of one's district
  'organisation.manage', // create and edit agencies, users, roles, jurisdictions
  'settings.manage', // ORG-3 district configuration
  'calendar.manage', // holiday schedules and overrides (platform admin)
  'audit.read', // browse and verify the audit trail
  'inbox.use', // own inbox and deadlines
  'lists.read', // catalogue, list drafts, versions, change requests and filings of one's area
  'lists.request', // LIST-6: an agency asks to add, remove or amend an item
  'lists.manage', // LIST-3..8: import, claim, edit drafts, review, publish, file (justice bureaus)
  'lists.regulate', // VER-5: the industry regulator's opinion on exempting an item from verification
  'documents.read', // texts, guides, work rule, filings and dashboards of one's district
  'documents.manage', // DOC-1..5: edit and publish work rules (justice), texts and guides (agencies)
  'cases.apply', // CASE-1..5: apply for a matter, sign, withdraw (applicants; window officers for them)
  'cases.read', // CASE-7: cases of one's agency or district, and one's own as an applicant
  'cases.handle', // CASE-6: accept, ask for correction, decide, terminate (handling officers)
  'credit.read', // CRED-1: integrity files of parties in one's district
  'credit.manage', // CRED-2..6: rules, records, repairs, pushes of one's district
  'credit.review', // CRED-5: re-examining objections (never one's own finding)
  'parties.verify', // SPEC §10: at the window, check identity documents and hand over a one-time code
  'verification.read', // VER-1/8, SUP-3: verification tasks, handling records and query logs of one's area (staff)
  'verification.perform', // VER-1..7: run checks, ask for assistance, visit, record results (verifiers)
  'verification.assist', // VER-4: answer assistance requests addressed to one's agency
  'verification.handle', // SUP-3: act on a false commitment (the handling agency's officers)
  'verification.delay-display', // VER-8: delay showing a query to its subject (with a reason, audited)
  'supervision.read', // SUP-1/2: sampling plans, inspector pools, key supervision of one's district (staff)
  'supervision.plan', // SUP-1: create, approve and draw sampling plans, record inspection results (regulators)
  'supervision.inspectors', // SUP-1: keep an agency's inspector pool and declared conflicts (regulators, admins)
  'supervision.key', // SUP-2, GOV-3: put items and parties under key supervision, assess item risk
  'oversight.read', // GOV-2, LIST-7, DOC-5: statistics of the districts within reach, the filings and status of those below
  'connectors.read', // SPEC §10 Stand-ins: the state of the outside systems the platform reaches (big-data centre)
] as const;

export type Permission = (typeof permissions)[number];

const staff: Permission[] = [
  'organisation.read',
  'inbox.use',
  'lists.read',
  'documents.read',
  'cases.read',
  'verification.read',
  'supervision.read',
];

export const rolePermissions = {
  applicant: ['inbox.use', 'cases.apply', 'cases.read'],
  'case-officer': [
    ...staff,
    'lists.request',
    'documents.manage',
    'cases.apply',
    'cases.handle',
    'parties.verify',
    'verification.handle',
  ],
  verifier: [
    ...staff,
    'verification.perform',
    'verification.assist',
    'verification.handle',
    'verification.delay-display',
    'credit.review',
  ],
  'assisting-officer': [...staff, 'verification.assist'],
  regulator: [...staff, 'lists.regulate', 'supervision.plan', 'supervision.inspectors', 'supervision.key'],
  'justice-officer': [...staff, 'lists.request', 'lists.manage', 'documents.manage', 'oversight.read'],
  'credit-officer': [...staff, 'credit.read', 'credit.manage', 'credit.review', 'supervision.key'],
  'data-officer': [...staff, 'connectors.read'],
  auditor: [...staff, 'audit.read', 'credit.read', 'oversight.read'],
  admin: [
    ...staff,
    'organisation.manage',
    'settings.manage',
    'calendar.manage',
    'audit.read',
    'supervision.inspectors',
  ],
} as const satisfies Record<Role, readonly Permission[]>;

export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return (rolePermissions[actor.role] as readonly Permission[]).includes(permission);
}

export function assertCan(actor: Pick<Actor, 'role'>, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden();
}

/** ORG-2 scope of a district, as the access policy answers it. */
export const canAccessDistrict = reachesDistrict;

/** Records outside the actor's scope are reported as missing, so their existence does not leak. */
export function assertDistrictAccess(actor: Actor, districtCode: string | null): void {
  if (districtCode === null || !canAccessDistrict(actor, districtCode)) {
    throw new DomainError(
      'NOT_FOUND',
      '记录不存在或不在您的管辖范围内',
      'No such record within your jurisdiction',
    );
  }
}

/** Platform-wide administration (calendar, served districts) belongs to the province-level admin. */
export function isPlatformAdmin(actor: Pick<Actor, 'role' | 'jurisdictionCode'>): boolean {
  return actor.role === 'admin' && actor.jurisdictionCode.endsWith('0000');
}
