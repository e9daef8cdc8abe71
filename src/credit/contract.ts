import { Type } from '@sinclair/typebox';

/** CASE-2 eligibility as other capabilities' answers carry it (the contract the web client is generated from). */
export const EligibilityReason = Type.Object({
  recordId: Type.Union([Type.Null(), Type.String()]),
  kind: Type.Union([Type.Literal('false-commitment'), Type.Literal('dishonesty')]),
  description: Type.String(),
  recordedAt: Type.Union([Type.Null(), Type.String()]),
  elsewhere: Type.Boolean(),
});
export const Eligibility = Type.Object({
  eligible: Type.Boolean(),
  rule: Type.String(),
  ruleEn: Type.String(),
  evaluatedAt: Type.String(),
  reasons: Type.Array(EligibilityReason),
  repair: Type.Union([Type.Null(), Type.String()]),
  repairEn: Type.Union([Type.Null(), Type.String()]),
});
