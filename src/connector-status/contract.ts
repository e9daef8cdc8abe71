import { Type } from '@sinclair/typebox';
import { DateTime } from '../platform/http/schemas.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([Type.Null(), schema]);

/** What the routes of this capability answer (the contract the web client is generated from). */
export const ConnectorStatus = Type.Object({
  key: Type.Union([Type.Literal('exchange'), Type.Literal('sms'), Type.Literal('credit')]),
  /** Whether the outside system answers its health check now (null: not connected on this instance). */
  answers: Nullable(Type.Boolean()),
  circuit: Nullable(Type.Union([Type.Literal('closed'), Type.Literal('open'), Type.Literal('half-open')])),
  lastSuccessAt: Nullable(DateTime),
  lastFailureAt: Nullable(DateTime),
  lastFailure: Nullable(
    Type.Object({
      kind: Type.Union([Type.Literal('refused'), Type.Literal('unavailable'), Type.Literal('circuit-open')]),
      status: Nullable(Type.Integer()),
    }),
  ),
  recentCalls: Type.Integer({ description: 'The latest calls this instance made (at most 50)' }),
  recentFailures: Type.Integer(),
  /** Outbox items (or online checks) waiting for their next attempt. */
  queued: Type.Integer(),
  /** Items given up on: an officer or operator has to act on them. */
  givenUp: Type.Integer(),
  /** The counts are the whole platform's (the SMS outbox serves every district). */
  platformWide: Type.Boolean(),
  /** CRED-6: the credit platforms the district pushes to, each with its own queue and feed. */
  platforms: Type.Array(
    Type.Object({
      name: Type.String(),
      queued: Type.Integer(),
      givenUp: Type.Integer(),
      lastDeliveredAt: Nullable(DateTime),
      lastPulledAt: Nullable(DateTime),
    }),
  ),
});

export const GetConnectorsResponse = Type.Object({
  district: Type.Object({ code: Type.String(), name: Type.String() }),
  checkedAt: DateTime,
  connectors: Type.Array(ConnectorStatus),
});
