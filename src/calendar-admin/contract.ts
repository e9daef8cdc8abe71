import { Type } from '@sinclair/typebox';
import { DateTime, IsoDate } from '../platform/http/schemas.ts';

// What the routes of this capability are sent: bodies, parameters and queries.

export const PutCalendarDaysByDateBody = Type.Object(
  {
    kind: Type.Union([Type.Literal('holiday'), Type.Literal('workday')]),
    name: Type.String({ minLength: 1, maxLength: 30 }),
  },
  { additionalProperties: false },
);
export const DateParam = Type.Object({ date: IsoDate });
export const PostCalendarYearSchedulesBody = Type.Object(
  {
    text: Type.String({ minLength: 10, maxLength: 20_000 }),
    note: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
export const GetCalendarAddWorkingDaysQuery = Type.Object({
  from: IsoDate,
  days: Type.Integer({ minimum: -366, maximum: 366 }),
});
export const GetCalendarDaysQuery = Type.Object({ from: IsoDate, to: IsoDate });

/** What the routes of this capability answer (the contract the web client is generated from). */
export const GetCalendarResponse = Type.Object({
  packageYears: Type.Object({ from: Type.Number(), to: Type.Number() }),
  scheduledYears: Type.Array(
    Type.Object({ year: Type.Number(), note: Type.String(), enteredBy: Type.String(), enteredAt: DateTime }),
  ),
  yearsNeedingSchedule: Type.Array(Type.Number()),
  entries: Type.Array(
    Type.Object({
      date: Type.String(),
      kind: Type.Union([Type.Literal('holiday'), Type.Literal('workday')]),
      name: Type.String(),
      source: Type.Union([Type.Literal('override'), Type.Literal('year-schedule')]),
      enteredBy: Type.String(),
      enteredAt: DateTime,
    }),
  ),
});
export const GetCalendarDaysResponse = Type.Array(
  Type.Object({
    date: IsoDate,
    working: Type.Boolean(),
    reason: Type.Union(
      [
        'weekday',
        'weekend',
        'holiday',
        'statutory-holiday',
        'make-up-workday',
        'override-holiday',
        'override-workday',
      ].map((r) => Type.Literal(r)),
    ),
    name: Type.Optional(Type.String()),
    official: Type.Boolean({ description: "Whether the official schedule of the date's year is known" }),
  }),
);
export const PutCalendarDaysByDateResponse = Type.Object({
  date: Type.String(),
  name: Type.String(),
  kind: Type.Union([Type.Literal('holiday'), Type.Literal('workday')]),
  source: Type.Union([Type.Literal('override'), Type.Literal('year-schedule')]),
  enteredBy: Type.String(),
  enteredAt: DateTime,
});

export const Warning = Type.Object({
  code: Type.String(),
  year: Type.Integer(),
  message: Type.String(),
  messageEn: Type.String(),
});

export const GetCalendarAddWorkingDaysResponse = Type.Object({
  date: IsoDate,
  warnings: Type.Array(Warning),
});
export const PostCalendarYearSchedulesResponse = Type.Object({
  year: Type.Integer(),
  days: Type.Integer(),
  /** Open deadlines counted again by the new schedule (SPEC §10 Clocks). */
  recounted: Type.Integer(),
});
