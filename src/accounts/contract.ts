import { Type } from '@sinclair/typebox';
import { PartyIdentifier, Uuid } from '../platform/http/schemas.ts';

// What the routes of this capability are sent: bodies, parameters and queries.

const Username = Type.String({ minLength: 1, maxLength: 64, description: '用户名' });
export const PostAuthLoginBody = Type.Object(
  {
    username: Username,
    password: Type.String({ minLength: 1, maxLength: 128 }),
    humanCheck: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 2048,
        description: '人机验证令牌 Human-check token, when asked',
      }),
    ),
  },
  { additionalProperties: false },
);
export const PostAuthPasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 128 }),
    newPassword: Type.String({ minLength: 1, maxLength: 128 }),
  },
  { additionalProperties: false },
);
export const PostAuthRegisterBody = Type.Object(
  {
    username: Type.String({
      pattern: '^[A-Za-z0-9_.@-]{3,40}$',
      description: '3–40 letters, digits or _ . @ -',
    }),
    password: Type.String({ minLength: 8, maxLength: 64 }),
    kind: Type.Union([Type.Literal('person'), Type.Literal('organisation')]),
    name: Type.String({ minLength: 1, maxLength: 100 }),
    identifier: PartyIdentifier,
    districtCode: Type.String({ pattern: '^\\d{6}$' }),
    phone: Type.String({
      pattern: '^1[3-9]\\d{9}$',
      description: 'mobile number (an organisation’s: its agent’s), proven by `smsCode`',
    }),
    smsCode: Type.String({
      minLength: 1,
      maxLength: 12,
      description: 'the code sent to `phone` (POST /api/auth/register/sms-code)',
    }),
    privacyConsent: Type.Boolean({ description: 'the personal information notice was read and agreed to' }),
    privacyNoticeVersion: Type.String({
      minLength: 1,
      maxLength: 20,
      description: 'the notice’s version agreed to',
    }),
    agentName: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    agentIdNumber: Type.Optional(PartyIdentifier),
  },
  { additionalProperties: false },
);
export const PostAuthRegisterSmsCodeBody = Type.Object(
  {
    phone: Type.String({ pattern: '^1[3-9]\\d{9}$', description: 'mobile number' }),
    districtCode: Type.String({ pattern: '^\\d{6}$', description: 'the district chosen for the account' }),
  },
  { additionalProperties: false },
);

/** Whom an account may be: a person or an organisation. */
export const PartyKind = Type.Union([Type.Literal('person'), Type.Literal('organisation')]);
const Identifier = PartyIdentifier;

export const PostAuthPartyClaimBody = Type.Object(
  {
    kind: PartyKind,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    identifier: Identifier,
    phone: Type.Optional(Type.String({ pattern: '^1[3-9]\\d{9}$', description: 'mobile number' })),
    agentName: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    agentIdNumber: Type.Optional(Type.String({ minLength: 18, maxLength: 18 })),
  },
  { additionalProperties: false },
);
export const PostAuthPartyClaimVerificationBody = Type.Object(
  { code: Type.String({ minLength: 6, maxLength: 16, description: '短信验证码或柜台核验码' }) },
  { additionalProperties: false },
);
export const PostCounterCodesBody = Type.Object(
  {
    kind: PartyKind,
    identifier: Identifier,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    capacity: Type.Union([Type.Literal('self'), Type.Literal('administrator'), Type.Literal('agent')]),
  },
  { additionalProperties: false },
);
export const PostCompanyAgentRequestsByIdDecisionBody = Type.Object(
  { decision: Type.Union([Type.Literal('approve'), Type.Literal('refuse')]) },
  { additionalProperties: false },
);

/** What the routes of this capability answer (the contract the web client is generated from). */
export const GetAuthMeResponse = Type.Object({
  csrfToken: Type.Union([Type.Null(), Type.String()]),
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: Type.Union([
    Type.Literal('applicant'),
    Type.Literal('case-officer'),
    Type.Literal('verifier'),
    Type.Literal('assisting-officer'),
    Type.Literal('regulator'),
    Type.Literal('justice-officer'),
    Type.Literal('credit-officer'),
    Type.Literal('data-officer'),
    Type.Literal('auditor'),
    Type.Literal('admin'),
  ]),
  permissions: Type.Array(
    Type.Union([
      Type.Literal('organisation.read'),
      Type.Literal('organisation.manage'),
      Type.Literal('settings.manage'),
      Type.Literal('calendar.manage'),
      Type.Literal('audit.read'),
      Type.Literal('inbox.use'),
      Type.Literal('lists.read'),
      Type.Literal('lists.request'),
      Type.Literal('lists.manage'),
      Type.Literal('lists.regulate'),
      Type.Literal('documents.read'),
      Type.Literal('documents.manage'),
      Type.Literal('cases.apply'),
      Type.Literal('cases.read'),
      Type.Literal('cases.handle'),
      Type.Literal('credit.read'),
      Type.Literal('credit.manage'),
      Type.Literal('credit.review'),
      Type.Literal('parties.verify'),
      Type.Literal('verification.read'),
      Type.Literal('verification.perform'),
      Type.Literal('verification.assist'),
      Type.Literal('verification.handle'),
      Type.Literal('verification.delay-display'),
      Type.Literal('supervision.read'),
      Type.Literal('supervision.plan'),
      Type.Literal('supervision.inspectors'),
      Type.Literal('supervision.key'),
      Type.Literal('oversight.read'),
      Type.Literal('connectors.read'),
    ]),
  ),
  platformAdmin: Type.Boolean(),
  jurisdiction: Type.Object({
    code: Type.String(),
    name: Type.String(),
    level: Type.Union([
      Type.Literal('province'),
      Type.Literal('city'),
      Type.Literal('county'),
      Type.Literal('town'),
    ]),
  }),
  district: Type.Object({ code: Type.String(), name: Type.String() }),
  agency: Type.Union([Type.Null(), Type.Object({ id: Type.String(), name: Type.String() })]),
  party: Type.Union([
    Type.Null(),
    Type.Object({
      kind: Type.Union([Type.Literal('person'), Type.Literal('organisation')]),
      name: Type.String(),
      identifier: Type.String(),
      capacity: Type.Union([
        Type.Null(),
        Type.Literal('self'),
        Type.Literal('administrator'),
        Type.Literal('agent'),
      ]),
    }),
  ]),
  identityCheck: Type.Union([Type.Null(), Type.String()]),
  mustChangePassword: Type.Boolean(),
});

/** Whoever asks: the signed-in user, or nobody (a visitor of the public pages is not an error). */
export const GetAuthSessionResponse = Type.Object({ user: Type.Union([Type.Null(), GetAuthMeResponse]) });

export const SessionReply = Type.Object({ csrfToken: Type.String(), mustChangePassword: Type.Boolean() });

const ClaimStatus = Type.Union(
  ['none', 'pending', 'proven', 'refused', 'withdrawn'].map((s) => Type.Literal(s)),
);

const Person = Type.Object({
  agentName: Type.String(),
  agentIdNumber: Type.Union([Type.String(), Type.Null()]),
  username: Type.String(),
});

export const ClaimView = Type.Object({
  status: ClaimStatus,
  claim: Type.Union([
    Type.Null(),
    Type.Object({
      id: Uuid,
      kind: PartyKind,
      name: Type.String(),
      identifier: Type.String({ description: 'masked' }),
      capacity: Type.String(),
      provenBy: Type.Union([Type.String(), Type.Null()]),
      createdAt: Type.String(),
      decidedAt: Type.Union([Type.String(), Type.Null()]),
      ways: Type.Array(Type.String()),
      smsSentAt: Type.Union([Type.String(), Type.Null()]),
      smsAvailableInSeconds: Type.Integer(),
    }),
  ]),
});

export const SmsAnswer = Type.Object({
  message: Type.String(),
  message_en: Type.String(),
  retryAfterSeconds: Type.Integer(),
});

export const CounterCode = Type.Object({
  code: Type.String({ description: 'shown once; hand it to the person' }),
  expiresAt: Type.String(),
  name: Type.String(),
  identifier: Type.String({ description: 'masked' }),
});

export const Agents = Type.Object({
  organisation: Type.Object({ name: Type.String() }),
  accounts: Type.Array(
    Type.Composite([
      Person,
      Type.Object({
        userId: Uuid,
        capacity: Type.Union([
          Type.Literal('self'),
          Type.Literal('administrator'),
          Type.Literal('agent'),
          Type.Null(),
        ]),
        active: Type.Boolean(),
        self: Type.Boolean(),
      }),
    ]),
  ),
  requests: Type.Array(
    Type.Composite([
      Person,
      Type.Object({ claimId: Uuid, nameMatches: Type.Boolean(), requestedAt: Type.String() }),
    ]),
  ),
});
