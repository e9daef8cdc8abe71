import type { Me, Role } from './auth.tsx';
import type { MessageKey } from './i18n.ts';

export interface NavItem {
  key: string;
  label: MessageKey;
  path: string;
  /** The heading it is listed under, with the items next to it that share it. */
  group?: MessageKey;
}

const common: NavItem[] = [
  { key: 'home', label: 'menu.home', path: '/workbench' },
  { key: 'inbox', label: 'menu.inbox', path: '/workbench/inbox' },
  { key: 'deadlines', label: 'menu.deadlines', path: '/workbench/deadlines' },
];
const account: NavItem = { key: 'account', label: 'menu.account', path: '/workbench/account' };

const listChanges = (label: MessageKey): NavItem => ({
  key: 'list-changes',
  label,
  path: '/workbench/list-changes',
});
const filings = (label: MessageKey): NavItem => ({ key: 'filings', label, path: '/workbench/filings' });
/** LIST-3..8: the list of one's own level (a city's: its general list, imported from a workbook). */
const lists: NavItem = { key: 'lists', label: 'menu.lists', path: '/workbench/lists' };
/** LIST-1, LIST-2: a district's catalogue of matters and how its list covers them. */
const catalogue: NavItem = { key: 'catalogue', label: 'menu.catalogue', path: '/workbench/catalogue' };
/** DOC-1: the general work rule. */
const workRules: NavItem = { key: 'work-rules', label: 'menu.workRules', path: '/workbench/work-rules' };
/** DOC-5: the rules, texts and guides filed with the justice bureau. */
const documentFilings: NavItem = {
  key: 'document-filings',
  label: 'menu.documentFilings',
  path: '/workbench/document-filings',
};
const calendar: NavItem = { key: 'calendar', label: 'menu.calendar', path: '/workbench/calendar' };
/** GOV-2: a district's figures over a period, for the levels above it and the auditors. */
const statistics: NavItem = { key: 'statistics', label: 'menu.statistics', path: '/workbench/statistics' };
/** The outside systems the district's work goes through, and their queues (big-data centre). */
const connectors: NavItem = { key: 'connectors', label: 'menu.connectors', path: '/workbench/connectors' };
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

/** CRED-2..6: the credit office's records, repairs, objections, pushes, grades and rules. */
const credit = (key: string, label: MessageKey): NavItem => ({
  key: `credit-${key}`,
  label,
  path: `/workbench/credit/${key}`,
  group: 'menu.creditGroup',
});
const creditObjections = credit('objections', 'menu.objections');

/** SPEC §10: an applicant account proves whom it is; a company's administrator links its agents. */
const identity: NavItem = { key: 'identity', label: 'menu.identity', path: '/workbench/identity' };
const agents: NavItem = { key: 'agents', label: 'menu.agents', path: '/workbench/agents' };

/** The navigation each role needs in a district or town (SPEC §1); the server still checks every request. */
const roleNavigation: Record<Role, NavItem[]> = {
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
  verifier: [...common, verifyTasks, visits, assistance, handling, dataAccess, creditObjections, account],
  'assisting-officer': [...common, assistance, account],
  regulator: [...common, plans, inspectorPools, keySupervision, exemptions, account],
  'justice-officer': [
    ...common,
    lists,
    catalogue,
    listChanges('menu.changeReview'),
    filings('menu.filings'),
    exemptions,
    workRules,
    texts,
    guides,
    documentFilings,
    calendar,
    account,
  ],
  'credit-officer': [
    ...common,
    { key: 'integrity-lookup', label: 'menu.integrityLookup', path: '/workbench/integrity-lookup' },
    keySupervision,
    credit('records', 'menu.creditRecords'),
    credit('repairs', 'menu.repair'),
    creditObjections,
    credit('pushes', 'menu.push'),
    credit('grades', 'menu.creditGrades'),
    credit('rules', 'menu.creditRules'),
    account,
  ],
  'data-officer': [...common, connectors, dataAccess, account],
  auditor: [
    ...common,
    filings('menu.filingReceipt'),
    plans,
    statistics,
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
    calendar,
    { key: 'audit', label: 'menu.audit', path: '/workbench/admin/audit' },
    account,
  ],
};

/**
 * A city's or the province's justice bureau receives filings and oversees the districts below it: its
 * menu leads with them; the district pages it reads open on a district picked by name. The province
 * keeps no list of its own (a city keeps its general list).
 */
const justiceAbove = (level: 'city' | 'province'): NavItem[] => [
  ...common,
  filings('menu.filings'),
  statistics,
  ...(level === 'city' ? [lists] : []),
  catalogue,
  listChanges('menu.changeReview'),
  exemptions,
  workRules,
  texts,
  guides,
  documentFilings,
  calendar,
  account,
];

/** Who the menu is for: the role, and the level of the place one answers for. */
export type Viewer = Pick<Me, 'role' | 'party'> & { jurisdiction: Pick<Me['jurisdiction'], 'level'> };

/**
 * What this user's menu shows, by role and level: a city's or the province's justice bureau gets the
 * pages of its level; an applicant still proving whom it is gets only what works without a party; a
 * company's administrator also manages its agents.
 */
export function navigationFor(me: Viewer): NavItem[] {
  const { level } = me.jurisdiction;
  if (me.role === 'justice-officer' && (level === 'city' || level === 'province')) return justiceAbove(level);
  if (me.role !== 'applicant') return roleNavigation[me.role];
  if (!me.party) return [...common, identity, account];
  if (me.party.capacity !== 'administrator') return roleNavigation.applicant;
  return [...roleNavigation.applicant.slice(0, -1), agents, account];
}
