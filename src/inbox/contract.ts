import { Type } from '@sinclair/typebox';
import { CalendarWarning, DateTime } from '../platform/http/schemas.ts';

/** What the routes of this capability answer (the contract the web client is generated from). */
export const GetDeadlinesResponse = Type.Array(
  Type.Object({
    workingDaysLeft: Type.Number(),
    status: Type.String(),
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
