// ORG-2 for the routes of the inbox (messages, deadlines): what each route is probed with. Run by
// district-scope.api.test.ts; the coverage test in platform/http checks that every route has its entry.
import { expect } from 'vitest';
import type { RouteCase } from '../../tests/support/district-scope/probes.ts';
import { get, type Row, type World } from '../../tests/support/district-scope/world.ts';

/** Each district's justice officer still has their message unread, whoever probed. */
async function justiceMessagesUnread(w: World) {
  for (const [who, id] of [
    ['st-justice', w.notification.st],
    ['ls-justice', w.notification.ls],
  ] as const) {
    const inbox = await get<{ items: Row[] }>(w, '/api/inbox', who);
    expect(inbox.items.find((n) => n.id === id)?.readAt, who).toBeNull();
  }
}

export const routes: RouteCase[] = [
  {
    method: 'GET',
    path: '/api/inbox',
    rule: 'the signed-in user’s own messages',
    probes: () =>
      (
        [
          'ls-admin',
          'ls-justice',
          'ls-auditor',
          'ls-case-officer',
          'st-admin',
          'st-justice',
          'st-dianzi-justice',
        ] as const
      ).map((as) => ({ as, url: '/api/inbox', expect: 'clean' as const })),
  },
  {
    method: 'POST',
    path: '/api/inbox/read-all',
    rule: 'marks the actor’s own messages only; another district’s stay unread',
    probes: () =>
      (['ls-admin', 'st-admin', 'ls-case-officer'] as const).map((as) => ({
        as,
        url: '/api/inbox/read-all',
        expect: 'clean' as const,
      })),
    unchanged: justiceMessagesUnread,
  },
  {
    method: 'POST',
    path: '/api/inbox/{id}/read',
    rule: 'another user’s message does not exist for the actor',
    probes: (w) => [
      { as: 'ls-justice', url: `/api/inbox/${w.notification.st}/read`, expect: 404 },
      { as: 'ls-admin', url: `/api/inbox/${w.notification.st}/read`, expect: 404 },
      { as: 'st-justice', url: `/api/inbox/${w.notification.ls}/read`, expect: 404 },
      { as: 'st-admin', url: `/api/inbox/${w.notification.ls}/read`, expect: 404 },
    ],
    unchanged: justiceMessagesUnread,
  },
  {
    method: 'GET',
    path: '/api/deadlines',
    rule: 'the actor’s own deadlines, or all of a district the actor reaches',
    probes: () => [
      { as: 'ls-admin', url: '/api/deadlines?district=370406', expect: 404 },
      { as: 'ls-auditor', url: '/api/deadlines?district=370406', expect: 404 },
      { as: 'qd-justice', url: '/api/deadlines?district=370406', expect: 404 },
      { as: 'st-admin', url: '/api/deadlines?district=370212', expect: 404 },
      { as: 'zz-justice', url: '/api/deadlines?district=370212', expect: 404 },
      { as: 'st-dianzi-justice', url: '/api/deadlines?district=370212', expect: 404 },
      ...(
        ['ls-admin', 'ls-justice', 'ls-case-officer', 'st-admin', 'st-justice', 'st-dianzi-justice'] as const
      ).map((as) => ({ as, url: '/api/deadlines', expect: 'clean' as const })),
      { as: 'ls-auditor', url: '/api/deadlines?district=370212', expect: 'clean' },
      { as: 'zz-justice', url: '/api/deadlines?district=370406', expect: 'clean' },
    ],
  },
];
