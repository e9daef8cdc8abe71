import { type TSchema, Type } from '@sinclair/typebox';
import { notificationTopics } from '../common/notification-topics.ts';
import { CalendarWarning, DateTime } from '../platform/http/schemas.ts';

// What the routes of this capability are sent: bodies, parameters and queries.

const Topic = Type.Union(
  notificationTopics.map((t) => Type.Literal(t)),
  { description: 'what a message is about (申请, 受理, 补正, 决定, 核查, 协助, 信用, 期限提醒, 逾期)' },
);
export const GetInboxQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  topic: Type.Optional(Topic),
});
export const GetDeadlinesQuery = Type.Object({
  district: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
});

/** What the routes of this capability answer (the contract the web client is generated from). */
export const GetDeadlinesResponse = Type.Array(
  Type.Object({
    workingDaysLeft: Type.Number(),
    status: Type.Union([
      Type.Literal('open'),
      Type.Literal('due-soon'),
      Type.Literal('due-today'),
      Type.Literal('overdue'),
    ]),
    warnings: Type.Array(CalendarWarning),
    id: Type.String(),
    key: Type.String(),
    districtCode: Type.String(),
    title: Type.String(),
    titleEn: Type.String(),
    dueDate: Type.String(),
    responsibleJurisdictionCode: Type.String(),
    responsibleAgencyId: Type.Union([Type.Null(), Type.String()]),
    responsibleRole: Type.String(),
    link: Type.Union([Type.Null(), Type.String()]),
    state: Type.Union([Type.Literal('open'), Type.Literal('done'), Type.Literal('cancelled')]),
    createdAt: DateTime,
    closedAt: Type.Union([Type.Null(), DateTime]),
  }),
);

const Nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);

export const GetInboxResponse = Type.Object({
  unread: Type.Integer(),
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      userId: Type.String(),
      districtCode: Type.String(),
      kind: Type.Union([Type.Literal('reminder'), Type.Literal('overdue'), Type.Literal('info')]),
      topic: Topic,
      title: Type.String(),
      titleEn: Type.String(),
      body: Type.String(),
      bodyEn: Type.String(),
      link: Nullable(Type.String()),
      deadlineId: Nullable(Type.String()),
      createdAt: DateTime,
      readAt: Nullable(DateTime),
    }),
  ),
});

export const MarkAllReadResponse = Type.Object({
  marked: Type.Integer({ description: 'how many unread messages were marked read (0 when none were left)' }),
});
