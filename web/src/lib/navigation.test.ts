import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Role } from './auth.tsx';
import { type NavItem, navigationFor, type Viewer } from './navigation.ts';

type Level = Viewer['jurisdiction']['level'];
const viewer = (role: Role, level: Level = 'county', party: Viewer['party'] = null): Viewer => ({
  role,
  party,
  jurisdiction: { level },
});
const keys = (items: NavItem[]) => items.map((item) => item.key);
const person = {
  kind: 'person',
  name: '张立新',
  identifier: '370212197803122135',
  capacity: 'self',
} as const;

const roles: Role[] = [
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
];
const levels: Level[] = ['province', 'city', 'county', 'town'];
const everyMenu = roles.flatMap((role) =>
  levels.map((level) => [`${role} (${level})`, navigationFor(viewer(role, level, person))] as const),
);

describe('navigationFor: each role and level sees the pages made for it', () => {
  it('a city justice bureau leads with the filings it receives and the statistics, and keeps its general list', () => {
    expect(keys(navigationFor(viewer('justice-officer', 'city')))).toEqual([
      'home',
      'inbox',
      'deadlines',
      'filings',
      'statistics',
      'lists',
      'catalogue',
      'list-changes',
      'exemptions',
      'work-rules',
      'texts',
      'guides',
      'document-filings',
      'calendar',
      'account',
    ]);
  });

  it('the province keeps no list of its own', () => {
    const province = keys(navigationFor(viewer('justice-officer', 'province')));
    expect(province).not.toContain('lists');
    expect(province.slice(0, 5)).toEqual(['home', 'inbox', 'deadlines', 'filings', 'statistics']);
  });

  it('a district or town justice bureau keeps its list and texts, without the statistics of the levels above', () => {
    for (const level of ['county', 'town'] as const) {
      const menu = keys(navigationFor(viewer('justice-officer', level)));
      expect(menu).toContain('lists');
      expect(menu).toContain('work-rules');
      expect(menu).not.toContain('statistics');
    }
  });

  it('the big-data centre reads the connectors and the district’s queries', () => {
    expect(keys(navigationFor(viewer('data-officer')))).toEqual([
      'home',
      'inbox',
      'deadlines',
      'connectors',
      'data-access',
      'account',
    ]);
  });

  it('an auditor reads the statistics', () => {
    expect(keys(navigationFor(viewer('auditor', 'city')))).toContain('statistics');
  });

  it('an applicant without a proven identity gets only what works without a party; a company administrator its agents', () => {
    expect(keys(navigationFor(viewer('applicant')))).toEqual([
      'home',
      'inbox',
      'deadlines',
      'identity',
      'account',
    ]);
    const administrator = navigationFor(
      viewer('applicant', 'county', { ...person, capacity: 'administrator' }),
    );
    expect(keys(administrator).slice(-2)).toEqual(['agents', 'account']);
  });

  it.each(everyMenu)('%s: starts at the workbench, ends with the account, no entry twice', (_, menu) => {
    expect(menu[0]?.key).toBe('home');
    expect(menu.at(-1)?.key).toBe('account');
    expect(new Set(keys(menu)).size).toBe(menu.length);
    expect(new Set(menu.map((item) => item.path)).size).toBe(menu.length);
  });
});

describe('every menu entry leads to a page of the app', () => {
  // The workbench's routes as App.tsx declares them (`<Route path="…"` inside /workbench).
  const app = readFileSync(path.resolve(import.meta.dirname, '../App.tsx'), 'utf8');
  const start = app.indexOf('path="workbench"');
  const workbench = app.slice(start, app.indexOf('</Route>', start));
  const routes = [...workbench.matchAll(/<Route (?:index|path="([^"]+)")/g)].map((m) => m[1] ?? '');
  const routed = (target: string) =>
    routes.some((route) =>
      new RegExp(`^/workbench${route ? `/${route.replace(/:[^/]+/g, '[^/]+')}` : ''}$`).test(target),
    );

  it('reads the routes', () => {
    expect(routes).toContain('');
    expect(routes).toContain('statistics');
  });

  it.each(everyMenu)('%s', (_, menu) => {
    expect(menu.filter((item) => !routed(item.path)).map((item) => item.path)).toEqual([]);
  });
});
