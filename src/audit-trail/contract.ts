import { Type } from '@sinclair/typebox';
import { DateTime } from '../platform/http/schemas.ts';

// What the routes of this capability are sent: bodies, parameters and queries.

const Chain = Type.String({
  pattern: '^\\d{6}$',
  description: 'district code, or 370000 for platform-wide changes',
});
export const GetAuditEntriesQuery = Type.Object({
  chain: Chain,
  beforeSeq: Type.Optional(Type.Integer({ minimum: 1 })),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  entityId: Type.Optional(Type.String({ maxLength: 64 })),
  action: Type.Optional(
    Type.String({ maxLength: 64, pattern: '^[a-z-]+\\.[a-z-]+$', description: 'one kind of action only' }),
  ),
});
export const GetAuditVerificationQuery = Type.Object({ chain: Type.Optional(Chain) });

/** What the routes of this capability answer (the contract the web client is generated from). */
export const GetAuditEntriesResponse = Type.Array(
  Type.Object({
    id: Type.Number(),
    chain: Type.String(),
    seq: Type.Number(),
    occurredAt: DateTime,
    actorId: Type.Union([Type.Null(), Type.String()]),
    actorName: Type.String(),
    actorRole: Type.String(),
    ip: Type.Union([Type.Null(), Type.String()]),
    requestId: Type.Union([Type.Null(), Type.String()]),
    action: Type.String(),
    entityType: Type.String(),
    entityId: Type.String(),
    before: Type.Unknown(),
    after: Type.Unknown(),
    prevHash: Type.String(),
    hash: Type.String(),
    /** The entry as people read it: when, who, what, which object (GOV-5, issue 17). */
    sentence: Type.Object({ zh: Type.String(), en: Type.String() }),
  }),
);

export const Report = Type.Array(
  Type.Object({
    chain: Type.String(),
    entries: Type.Integer(),
    firstBreak: Type.Union([
      Type.Null(),
      Type.Object({
        chain: Type.String(),
        seq: Type.Integer(),
        entryId: Type.Integer(),
        reason: Type.String(),
      }),
    ]),
  }),
);
