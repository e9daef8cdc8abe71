import type { Me, Role } from './auth.tsx';
import type { MessageKey } from './i18n.ts';

export interface NavItem {
  key: string;
  label: MessageKey;
  path: string;
  /** Built by a later capability; until then the page says what it will offer. */
  soon?: MessageKey[];
}

const common: NavItem[] = [
  { key: 'home', label: 'menu.home', path: '/workbench' },
  { key: 'inbox', label: 'menu.inbox', path: '/workbench/inbox' },
  { key: 'deadlines', label: 'menu.deadlines', path: '/workbench/deadlines' },
];
const account: NavItem = { key: 'account', label: 'menu.account', path: '/workbench/account' };
const soon = (key: string, label: MessageKey, ...plans: MessageKey[]): NavItem => ({
  key,
  label,
  path: `/workbench/soon/${key}`,
  soon: plans.length ? plans : [label],
});

const listChanges = (label: MessageKey): NavItem => ({
  key: 'list-changes',
  label,
  path: '/workbench/list-changes',
});
const filings = (label: MessageKey): NavItem => ({ key: 'filings', label, path: '/workbench/filings' });
/** DOC-2, DOC-3 and DOC-4: an agency keeps its texts and guides; the justice bureau oversees them. */
const texts: NavItem = { key: 'texts', label: 'menu.texts', path: '/workbench/texts' };
const guides: NavItem = { key: 'guides', label: 'menu.guides', path: '/workbench/guides' };
/** VER-5: exempt items whose industry regulator records its opinion (the justice bureau follows them). */
const exemptions: NavItem = { key: 'exemptions', label: 'menu.exemptions', path: '/workbench/exemptions' };
/** VER-1: the verification tasks planned at decisions, for the agency's officers and verifiers. */
const verifyTasks: NavItem = {
  key: 'verify-tasks',
  label: 'menu.verifyTasks',
  path: '/workbench/verification-tasks',
};

/** VER-3: on-site visits, merged where one visit checks several tasks. */
const visits: NavItem = { key: 'visits', label: 'menu.onsite', path: '/workbench/visits' };
/** VER-4: assistance requests to (and, for verifiers, from) one's agency. */
const assistance: NavItem = { key: 'assistance', label: 'menu.assistance', path: '/workbench/assistance' };
/** SUP-3: the handling records of false commitments. */
const handling: NavItem = { key: 'handling', label: 'menu.handling', path: '/workbench/handling' };
/** VER-8: the queries of the sharing platform one's district or agency made. */
const dataAccess: NavItem = { key: 'data-access', label: 'menu.dataAccess', path: '/workbench/data-access' };

/** SUP-1: sampling plans, their draws and results; the pools of inspectors they draw from. */
const plans: NavItem = {
  key: 'inspection-plans',
  label: 'menu.randomChecks',
  path: '/workbench/inspection-plans',
};
const inspectorPools: NavItem = {
  key: 'inspectors',
  label: 'menu.inspectors',
  path: '/workbench/inspectors',
};
/** SUP-2, GOV-3: key supervision of items and parties, and the items' risk levels. */
const keySupervision: NavItem = {
  key: 'key-supervision',
  label: 'menu.keySupervision',
  path: '/workbench/key-supervision',
};

/** SPEC §10: an applicant account proves whom it is; a company's administrator links its agents. */
const identity: NavItem = { key: 'identity', label: 'menu.identity', path: '/workbench/identity' };
const agents: NavItem = { key: 'agents', label: 'menu.agents', path: '/workbench/agents' };

/** The navigation each role needs (SPEC §1); the server still checks every request. */
export const roleNavigation: Record<Role, NavItem[]> = {
  applicant: [
    ...common,
    { key: 'apply', label: 'menu.apply', path: '/workbench/apply' },
    { key: 'my-cases', label: 'menu.myCases', path: '/workbench/cases' },
    { key: 'integrity', label: 'menu.integrity', path: '/workbench/integrity' },
    { key: 'data-log', label: 'menu.dataLog', path: '/workbench/data-log' },
    account,
  ],
  'case-officer': [
    ...common,
    { key: 'queue', label: 'menu.queue', path: '/workbench/queue' },
    { key: 'intake', label: 'menu.intake', path: '/workbench/intake' },
    { key: 'counter-codes', label: 'menu.counterCodes', path: '/workbench/counter-codes' },
    verifyTasks,
    handling,
    texts,
    guides,
    listChanges('menu.listChanges'),
    account,
  ],
  verifier: [...common, verifyTasks, visits, assistance, handling, dataAccess, account],
  'assisting-officer': [...common, assistance, account],
  regulator: [...common, plans, inspectorPools, keySupervision, exemptions, account],
  'justice-officer': [
    ...common,
    { key: 'lists', label: 'menu.lists', path: '/workbench/lists' },
    { key: 'catalogue', label: 'menu.catalogue', path: '/workbench/catalogue' },
    listChanges('menu.changeReview'),
    filings('menu.filings'),
    exemptions,
    { key: 'work-rules', label: 'menu.workRules', path: '/workbench/work-rules' },
    texts,
    guides,
    { key: 'document-filings', label: 'menu.documentFilings', path: '/workbench/document-filings' },
    { key: 'calendar', label: 'menu.calendar', path: '/workbench/calendar' },
    account,
  ],
  'credit-officer': [
    ...common,
    { key: 'integrity-lookup', label: 'menu.integrityLookup', path: '/workbench/integrity-lookup' },
    keySupervision,
    soon('credit-rules', 'menu.creditRules'),
    soon('repair', 'menu.repair'),
    soon('objections', 'menu.objections'),
    soon('push', 'menu.push'),
    account,
  ],
  'data-officer': [
    ...common,
    soon('connectors', 'menu.connectors'),
    soon('query-log', 'menu.queryLog'),
    account,
  ],
  auditor: [
    ...common,
    filings('menu.filingReceipt'),
    plans,
    soon('statistics', 'menu.statistics'),
    { key: 'audit', label: 'menu.audit', path: '/workbench/admin/audit' },
    account,
  ],
  admin: [
    ...common,
    { key: 'jurisdictions', label: 'menu.jurisdictions', path: '/workbench/admin/jurisdictions' },
    { key: 'agencies', label: 'menu.agencies', path: '/workbench/admin/agencies' },
    { key: 'users', label: 'menu.users', path: '/workbench/admin/users' },
    { key: 'settings', label: 'menu.settings', path: '/workbench/admin/settings' },
    inspectorPools,
    { key: 'calendar', label: 'menu.calendar', path: '/workbench/calendar' },
    { key: 'audit', label: 'menu.audit', path: '/workbench/admin/audit' },
    account,
  ],
};

/**
 * What this user's menu shows: an applicant still proving whom it is gets only what works without a
 * party; a company's administrator also manages its agents.
 */
export function navigationFor(me: Pick<Me, 'role' | 'party'>): NavItem[] {
  if (me.role !== 'applicant') return roleNavigation[me.role];
  if (!me.party) return [...common, identity, account];
  if (me.party.capacity !== 'administrator') return roleNavigation.applicant;
  return [...roleNavigation.applicant.slice(0, -1), agents, account];
}

export const allSoonItems = Object.values(roleNavigation)
  .flat()
  .filter((item) => item.soon);
