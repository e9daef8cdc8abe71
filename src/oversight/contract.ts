import { Type } from '@sinclair/typebox';
import { IsoDate } from '../platform/http/schemas.ts';

// What the routes of this capability are sent: bodies, parameters and queries.

const Day = (description: string) => Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description });

export const GetOversightStatisticsQuery = Type.Object(
  {
    district: Type.Optional(
      Type.String({ pattern: '^\\d{6}$', description: '区县代码；缺省为本人所在（或辖区内第一个）区县' }),
    ),
    from: Type.Optional(Day('统计期起 (YYYY-MM-DD)；缺省为本年 1 月 1 日')),
    to: Type.Optional(Day('统计期止 (YYYY-MM-DD)；缺省为今天')),
  },
  { additionalProperties: false },
);

// What the routes of this capability answer (the contract the web client is generated from).

const Place = Type.Object({ code: Type.String(), name: Type.String() });
const Count = Type.Integer({ minimum: 0 });

export const GetOversightDistrictsResponse = Type.Object({
  /** LIST-7 and DOC-5: the filings sent to the actor's own level, by state. */
  filings: Type.Object({
    lists: Type.Object({ notSent: Count, overdue: Count, awaiting: Count, received: Count }),
    documents: Type.Object({ awaiting: Count, received: Count }),
  }),
  districts: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      cityName: Type.String(),
      list: Type.Union([Type.Null(), Type.Object({ versionNo: Count, publishedOn: IsoDate })]),
      /** LIST-7: hops of its list versions not yet received (the climb to the province included). */
      openListFilings: Count,
      /** DOC-5: its rules, texts and guides filed and not yet recorded by the justice bureau. */
      openDocumentFilings: Count,
      overdueDeadlines: Count,
      casesThisYear: Count,
      falseFindingsThisYear: Count,
    }),
  ),
});

export const GetOversightStatisticsResponse = Type.Object({
  district: Place,
  /** The districts the actor may pick (the served ones within reach). */
  districts: Type.Array(Place),
  period: Type.Object({ from: IsoDate, to: IsoDate }),
  cases: Type.Object({
    submitted: Count,
    byState: Type.Array(Type.Object({ state: Type.String(), count: Count })),
    withCommitment: Count,
    proofs: Count,
    committedProofs: Count,
    decided: Count,
    averageDaysToDecide: Type.Union([Type.Null(), Type.Number()]),
  }),
  matters: Type.Array(
    Type.Object({ name: Type.String(), cases: Count, withCommitment: Count, approved: Count }),
  ),
  verification: Type.Object({
    finished: Count,
    byOutcome: Type.Object({ true: Count, false: Count, unverifiable: Count }),
    open: Count,
    overdue: Count,
  }),
  deadlines: Type.Object({
    overdue: Count,
    byKind: Type.Array(Type.Object({ kind: Type.String(), count: Count })),
  }),
});
