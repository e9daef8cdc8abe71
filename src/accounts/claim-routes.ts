import { Type } from '@sinclair/typebox';
import type { AppContext } from '../platform/context.ts';
import { authorize, requireActor } from '../platform/http/request-auth.ts';
import { IdParam, responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import * as Contract from './contract.ts';
import { Agents, ClaimView, CounterCode, SmsAnswer } from './contract.ts';
import { decideAgentRequest } from './decide-agent-request.ts';
import { filePartyClaim } from './file-party-claim.ts';
import { getPartyClaim } from './get-party-claim.ts';
import { issueCounterCode } from './issue-counter-code.ts';
import { listCompanyAgents } from './list-company-agents.ts';
import { proveClaimByCode } from './prove-claim-by-code.ts';
import { removeCompanyAgent } from './remove-company-agent.ts';
import { requestClaimSms } from './request-claim-sms.ts';

const SMS_SENT = {
  message:
    '如该证件号码在本平台登记了可接收短信的手机号码，验证码已发送至该号码，10 分钟内有效。没有收到？请携带有效证件到办事窗口领取柜台核验码。',
  message_en:
    'If a mobile number is on record for this identifier, a code was sent to it (valid 10 minutes). None arrived? Bring your ID to a service window for a counter code.',
};

/** SPEC §10 Claiming a party: an account proves whom it is before it reaches any party's cases. */
export function claimRoutes(ctx: AppContext) {
  const { database } = ctx;
  return async (app: TypedApp) => {
    app.get(
      '/api/auth/party-claim',
      {
        schema: {
          tags: ['auth'],
          summary: '身份核验进度 Where the account’s identity check stands',
          response: responses({ 200: ClaimView }),
        },
      },
      async (request) => getPartyClaim(database.db, requireActor(request), ctx.clock()),
    );
    app.post(
      '/api/auth/party-claim',
      {
        schema: {
          tags: ['auth'],
          summary: '重新提交身份核验 Name whom the account is (again), replacing an open claim',
          body: Contract.PostAuthPartyClaimBody,
          response: responses({ 204: Type.Null() }),
        },
      },
      async (request, reply) => {
        await filePartyClaim({
          database,
          actor: requireActor(request),
          now: ctx.clock(),
          input: request.body,
        });
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/api/auth/party-claim/sms-code',
      {
        schema: {
          tags: ['auth'],
          summary: '发送短信验证码 Send a one-time code to the phone on record',
          description: 'The answer is the same whether a message went out or not.',
          response: responses({ 202: SmsAnswer, 429: Type.Ref('ErrorResponse') }),
        },
      },
      async (request, reply) => {
        const { retryAfterSeconds } = await requestClaimSms({
          database,
          actor: requireActor(request),
          now: ctx.clock(),
        });
        ctx.messages?.nudge();
        return reply.status(202).send({ ...SMS_SENT, retryAfterSeconds });
      },
    );
    app.post(
      '/api/auth/party-claim/verification',
      {
        schema: {
          tags: ['auth'],
          summary: '提交验证码完成核验 Prove the claim with an SMS or counter code',
          body: Contract.PostAuthPartyClaimVerificationBody,
          response: responses({ 200: Type.Object({ status: Type.Literal('proven') }) }),
        },
      },
      async (request) => {
        await proveClaimByCode({
          database,
          actor: requireActor(request),
          now: ctx.clock(),
          code: request.body.code,
        });
        return { status: 'proven' as const };
      },
    );
    app.post(
      '/api/counter-codes',
      {
        schema: {
          tags: ['auth'],
          summary: '签发柜台核验码 Issue a one-time code after checking documents in person',
          body: Contract.PostCounterCodesBody,
          response: responses({ 201: CounterCode }),
        },
      },
      async (request, reply) => {
        const code = await issueCounterCode({
          database,
          actor: authorize(request, 'parties.verify'),
          now: ctx.clock(),
          input: request.body,
        });
        return reply.status(201).send(code);
      },
    );
    app.get(
      '/api/company/agents',
      {
        schema: {
          tags: ['auth'],
          summary: '经办人管理 The organisation’s accounts and agent requests (its administrator)',
          response: responses({ 200: Agents }),
        },
      },
      async (request) => listCompanyAgents(database.db, authorize(request, 'cases.apply')),
    );
    app.post(
      '/api/company/agent-requests/:id/decision',
      {
        schema: {
          tags: ['auth'],
          summary: '同意或拒绝经办人申请 Accept or refuse an agent request',
          params: IdParam,
          body: Contract.PostCompanyAgentRequestsByIdDecisionBody,
          response: responses({ 204: Type.Null() }),
        },
      },
      async (request, reply) => {
        await decideAgentRequest({
          database,
          actor: authorize(request, 'cases.apply'),
          now: ctx.clock(),
          claimId: request.params.id,
          decision: request.body.decision,
        });
        return reply.status(204).send(null);
      },
    );
    app.delete(
      '/api/company/agents/:id',
      {
        schema: {
          tags: ['auth'],
          summary: '解除经办人 Remove an agent from the organisation',
          params: IdParam,
          response: responses({ 204: Type.Null() }),
        },
      },
      async (request, reply) => {
        await removeCompanyAgent({
          database,
          actor: authorize(request, 'cases.apply'),
          now: ctx.clock(),
          userId: request.params.id,
        });
        return reply.status(204).send(null);
      },
    );
  };
}
