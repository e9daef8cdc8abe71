import { type TSchema, Type } from '@sinclair/typebox';

/** The one error shape of every route (documented in OpenAPI). */
export const ErrorResponse = Type.Object(
  {
    code: Type.String(),
    message: Type.String({ description: '中文说明' }),
    message_en: Type.String({ description: 'English message' }),
    field: Type.Optional(Type.String({ description: 'The field at fault, when one is' })),
    details: Type.Optional(Type.Unknown()),
    params: Type.Optional(
      Type.Record(Type.String(), Type.Unknown(), {
        description:
          'The values the message was built from (a refused workflow step: state, action, allowedActions)',
      }),
    ),
  },
  { $id: 'ErrorResponse', title: 'Error' },
);

export const errorResponses = {
  400: Type.Ref(ErrorResponse),
  401: Type.Ref(ErrorResponse),
  403: Type.Ref(ErrorResponse),
  404: Type.Ref(ErrorResponse),
  409: Type.Ref(ErrorResponse),
};

/** Response schemas of a route: the success shape plus the shared errors. */
export const responses = <T extends Record<number, TSchema>>(ok: T) => ({ ...errorResponses, ...ok });

export const IsoDate = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'YYYY-MM-DD (Asia/Shanghai)',
});
export const DivisionCode = Type.String({
  pattern: '^\\d{6}(\\d{3})?$',
  description: 'GB/T 2260 / statistical code',
});
export const Uuid = Type.String({ format: 'uuid' });
export const IdParam = Type.Object({ id: Uuid });
export const Version = Type.Integer({
  minimum: 1,
  description: 'The version read, for optimistic concurrency',
});

/** A moment, sent as ISO 8601 (the server hands `Date`s; JSON carries their string). */
export const DateTime = Type.Unsafe<Date | string>({ type: 'string', format: 'date-time' });

/** A date computed in a year without an official holiday schedule (SPEC §10 Clocks). */
export const CalendarWarning = Type.Object({
  code: Type.Literal('NO_OFFICIAL_SCHEDULE'),
  year: Type.Number(),
  message: Type.String(),
  messageEn: Type.String(),
});

/** What the viewer may do with a resource now (its workflow's actions open to them), so screens never re-derive rights. */
export const AllowedActions = Type.Array(Type.String(), {
  description: 'Actions the viewer may take on this resource now',
});

/** `/…/:code` of a district (县级区划代码). */
/** A 居民身份证号 or 统一社会信用代码 as typed: checked (trimmed, checksum) by the use case, which names the field. */
export const PartyIdentifier = Type.String({
  minLength: 1,
  maxLength: 40,
  description: '居民身份证号 or 统一社会信用代码 (surrounding spaces are ignored; checked with its checksum)',
});
export const DistrictParam = Type.Object({ code: Type.String({ pattern: '^\\d{6}$' }) });
