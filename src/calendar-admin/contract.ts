import { Type } from '@sinclair/typebox';
import { DateTime, IsoDate } from '../platform/http/schemas.ts';

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
      ['weekday', 'weekend', 'holiday', 'make-up-workday', 'override-holiday', 'override-workday'].map((r) =>
        Type.Literal(r),
      ),
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
