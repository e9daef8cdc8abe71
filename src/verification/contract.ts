import { Type } from '@sinclair/typebox';
import { CalendarWarning } from '../platform/http/schemas.ts';

/** What the routes of this capability answer (the contract the web client is generated from). */
export const GetVerificationTasksResponse = Type.Array(
  Type.Object({
    id: Type.String(),
    caseId: Type.String(),
    caseNo: Type.String(),
    matterName: Type.String(),
    decidedOn: Type.Union([Type.Null(), Type.String()]),
    proofName: Type.String(),
    kind: Type.Union([Type.Literal('verification'), Type.Literal('supervision')]),
    verification: Type.Union([
      Type.Literal('online'),
      Type.Literal('on-site'),
      Type.Literal('assistance'),
      Type.Literal('exempt'),
    ]),
    method: Type.String(),
    assistingAgency: Type.Union([Type.Null(), Type.String()]),
    dueDate: Type.Union([Type.Null(), Type.String()]),
    dueWarnings: Type.Array(CalendarWarning),
    state: Type.Literal('planned'),
  }),
);
