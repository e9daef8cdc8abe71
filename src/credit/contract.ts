import { Type } from '@sinclair/typebox';

/** CASE-2 eligibility as other capabilities' answers carry it (the contract the web client is generated from). */
export const EligibilityReason = Type.Object({
  recordId: Type.Union([Type.Null(), Type.String()]),
  kind: Type.Union([Type.Literal('false-commitment'), Type.Literal('dishonesty')]),
  description: Type.String(),
  recordedAt: Type.Union([Type.Null(), Type.String()]),
  elsewhere: Type.Boolean(),
  /** 异议中 (CRED-5). */
  disputed: Type.Boolean(),
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

export const Grade = Type.Union([Type.Literal('A'), Type.Literal('B'), Type.Literal('C'), Type.Literal('D')]);

/** CRED-3: a party's grade with why and the rule version it was computed under. */
export const CreditStanding = Type.Object({
  value: Grade,
  label: Type.String(),
  labelEn: Type.String(),
  reason: Type.String(),
  reasonEn: Type.String(),
  ruleVersion: Type.Integer(),
});

export const Punishments = Type.Object({
  noCommitment: Type.Boolean(),
  keySupervision: Type.Boolean(),
  samplingRaise: Type.Integer({ minimum: 0, maximum: 100 }),
});

/** CRED-6: a push's state in the outbox. */
export const PushState = Type.Union([
  Type.Literal('pending'),
  Type.Literal('delivered'),
  Type.Literal('failed'),
]);

export const GetCreditPushesQuery = Type.Object({
  state: Type.Optional(PushState),
});

export const CreditPushItem = Type.Object({
  id: Type.String({ format: 'uuid' }),
  /** The platform's name as the district configures it (ORG-3). */
  platform: Type.String(),
  kind: Type.Union([
    Type.Literal('commitment'),
    Type.Literal('fulfilment'),
    Type.Literal('dishonesty-record'),
    Type.Literal('repair'),
    Type.Literal('correction'),
    Type.Literal('objection'),
  ]),
  summary: Type.String(),
  state: PushState,
  attempts: Type.Integer({ minimum: 0 }),
  /** When the relay tries a pending push next. */
  nextAttemptAt: Type.Union([Type.Null(), Type.String()]),
  lastError: Type.Union([Type.Null(), Type.String()]),
  receipt: Type.Union([Type.Null(), Type.Object({ receiptId: Type.String(), receivedAt: Type.String() })]),
  deliveredAt: Type.Union([Type.Null(), Type.String()]),
  createdAt: Type.String(),
  /** What the officer may do now (retry a failed push). */
  allowedActions: Type.Array(
    Type.Union([Type.Literal('deliver'), Type.Literal('fail'), Type.Literal('retry')]),
  ),
});

export const GetCreditPushesResponse = Type.Object({
  items: Type.Array(CreditPushItem),
  counts: Type.Object({
    pending: Type.Integer({ minimum: 0 }),
    delivered: Type.Integer({ minimum: 0 }),
    failed: Type.Integer({ minimum: 0 }),
  }),
});

export const PostCreditPushesRetryResponse = Type.Object({
  id: Type.String({ format: 'uuid' }),
  state: PushState,
});

export const PostCreditPushesRetryBody = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 200 })) },
  { additionalProperties: false },
);
