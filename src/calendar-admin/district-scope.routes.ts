// ORG-2 for the routes of the working-day calendar: what each route is probed with. Run by
// district-scope.api.test.ts; the coverage test in platform/http checks that every route has its entry.
import { expect } from 'vitest';
import type { RouteCase } from '../../tests/support/district-scope/probes.ts';
import { get, type Row } from '../../tests/support/district-scope/world.ts';

const schedule = '2027年\n元旦：1月1日至3日放假调休，共3天。\n';

export const routes: RouteCase[] = [
  {
    method: 'GET',
    path: '/api/calendar',
    rule: 'the working-day calendar is deployment-wide (shared on purpose) and holds no district data',
    probes: () => [
      { as: 'ls-admin', url: '/api/calendar', expect: 'clean' },
      { as: 'st-justice', url: '/api/calendar', expect: 'clean' },
    ],
  },
  {
    method: 'GET',
    path: '/api/calendar/add-working-days',
    rule: 'a computation on the shared calendar',
    probes: () => [
      { as: 'ls-justice', url: '/api/calendar/add-working-days?from=2026-09-24&days=7', expect: 'clean' },
      { as: 'st-justice', url: '/api/calendar/add-working-days?from=2026-09-24&days=7', expect: 'clean' },
    ],
  },
  {
    method: 'GET',
    path: '/api/calendar/days',
    rule: 'days of the shared calendar',
    probes: () => [
      { as: 'ls-justice', url: '/api/calendar/days?from=2026-09-28&to=2026-10-10', expect: 'clean' },
      { as: 'st-justice', url: '/api/calendar/days?from=2026-09-28&to=2026-10-10', expect: 'clean' },
    ],
  },
  {
    method: 'PUT',
    path: '/api/calendar/days/{date}',
    rule: 'only the platform admin changes the shared calendar; district admins cannot',
    probes: () => [
      {
        as: 'ls-admin',
        url: '/api/calendar/days/2026-10-12',
        body: { kind: 'holiday', name: '区庆' },
        expect: 403,
      },
      {
        as: 'st-admin',
        url: '/api/calendar/days/2026-10-12',
        body: { kind: 'holiday', name: '区庆' },
        expect: 403,
      },
    ],
    async unchanged(w) {
      const status = await get<{ entries: Row[] }>(w, '/api/calendar');
      expect(status.entries.map((e) => e.date)).not.toContain('2026-10-12');
    },
  },
  {
    method: 'DELETE',
    path: '/api/calendar/days/{date}',
    rule: 'only the platform admin changes the shared calendar',
    probes: () => [
      { as: 'ls-admin', url: '/api/calendar/days/2026-10-01', expect: 403 },
      { as: 'st-admin', url: '/api/calendar/days/2026-10-01', expect: 403 },
    ],
  },
  {
    method: 'POST',
    path: '/api/calendar/year-schedules',
    rule: 'only the platform admin enters the State Council’s schedules',
    probes: () => [
      {
        as: 'ls-admin',
        url: '/api/calendar/year-schedules',
        body: { text: schedule, note: '国办发明电' },
        expect: 403,
      },
      {
        as: 'st-admin',
        url: '/api/calendar/year-schedules',
        body: { text: schedule, note: '国办发明电' },
        expect: 403,
      },
    ],
    async unchanged(w) {
      const status = await get<{ scheduledYears: Row[] }>(w, '/api/calendar');
      expect(status.scheduledYears).toEqual([]);
    },
  },
];
