import rateLimit from '@fastify/rate-limit';
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { maskPhone } from '../common/identifiers/index.ts';
import type { AppContext } from '../platform/context.ts';
import { CSRF_COOKIE, requireActor, SESSION_COOKIE } from '../platform/http/request-auth.ts';
import { responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import { changePassword } from './change-password.ts';
import * as Contract from './contract.ts';
import { SessionReply } from './contract.ts';
import { currentUser } from './current-user.ts';
import { logIn } from './log-in.ts';
import { logOut } from './log-out.ts';
import type { OpenedSession } from './open-session.ts';
import { SMS_CODE_MINUTES } from './party-claim-rules.ts';
import { registerApplicant } from './register-applicant.ts';
import { sendRegistrationCode } from './send-registration-code.ts';

export function accountRoutes(ctx: AppContext) {
  const secure = ctx.config.environment === 'production';
  const setSessionCookies = (reply: FastifyReply, session: OpenedSession) => {
    reply.setCookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
      expires: session.expiresAt,
    });
    reply.setCookie(CSRF_COOKIE, session.csrfToken, {
      httpOnly: false,
      sameSite: 'lax',
      secure,
      path: '/',
      expires: session.expiresAt,
    });
  };
  return async (app: TypedApp) => {
    await app.register(rateLimit, { global: false });
    app.post(
      '/api/auth/login',
      {
        config: {
          csrf: false,
          public: true,
          rateLimit: { max: ctx.config.loginsPerAddressPerMinute, timeWindow: 60_000 },
        },
        schema: {
          tags: ['auth'],
          summary: '登录 Log in',
          body: Contract.PostAuthLoginBody,
          response: responses({ 200: SessionReply }),
        },
      },
      async (request, reply) => {
        const result = await logIn({
          database: ctx.database,
          identity: ctx.identity,
          humanCheck: ctx.humanCheck,
          now: ctx.clock(),
          sessionHours: ctx.config.sessionHours,
          credentials: request.body,
          ip: request.ip,
          requestId: request.id,
        });
        setSessionCookies(reply, result);
        return { csrfToken: result.csrfToken, mustChangePassword: result.mustChangePassword };
      },
    );
    app.post(
      '/api/auth/logout',
      { schema: { tags: ['auth'], summary: '退出 Log out', response: responses({ 204: Type.Null() }) } },
      async (request, reply) => {
        const actor = requireActor(request);
        await logOut({
          database: ctx.database,
          actor,
          token: request.cookies[SESSION_COOKIE]!,
          now: ctx.clock(),
        });
        reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/api/auth/me',
      {
        schema: {
          tags: ['auth'],
          summary: '当前用户 Current user',
          response: responses({ 200: Contract.GetAuthMeResponse }),
        },
      },
      async (request) => ({
        ...(await currentUser(ctx.database.db, requireActor(request))),
        csrfToken: request.csrfToken,
      }),
    );
    app.get(
      '/api/auth/session',
      {
        config: { public: true },
        schema: {
          tags: ['auth'],
          summary: '当前会话 Current session',
          description:
            'The signed-in user, or `user: null` without a (valid) session: the web app asks on every page, public ones too, so a visitor gets no 401.',
          response: responses({ 200: Contract.GetAuthSessionResponse }),
        },
      },
      async (request) => ({
        user: request.actor
          ? { ...(await currentUser(ctx.database.db, request.actor)), csrfToken: request.csrfToken }
          : null,
      }),
    );
    app.post(
      '/api/auth/password',
      {
        schema: {
          tags: ['auth'],
          summary: '修改密码 Change password',
          body: Contract.PostAuthPasswordBody,
          response: responses({ 204: Type.Null() }),
        },
      },
      async (request, reply) => {
        await changePassword({
          database: ctx.database,
          actor: requireActor(request),
          sessionToken: request.cookies[SESSION_COOKIE]!,
          now: ctx.clock(),
          hashing: ctx.config.passwordHashing,
          input: request.body,
        });
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/api/auth/register/sms-code',
      {
        config: { csrf: false, public: true, rateLimit: { max: 20, timeWindow: 60_000 } },
        schema: {
          tags: ['auth'],
          summary: '发送注册短信验证码 Send a code proving the mobile number of a registration (Q-1)',
          description: 'Once a minute and ten times a day per number; the code holds 10 minutes.',
          body: Contract.PostAuthRegisterSmsCodeBody,
          response: responses({ 202: Contract.SmsAnswer, 429: Type.Ref('ErrorResponse') }),
        },
      },
      async (request, reply) => {
        const { retryAfterSeconds } = await sendRegistrationCode({
          database: ctx.database,
          now: ctx.clock(),
          input: request.body,
          ip: request.ip,
          requestId: request.id,
        });
        ctx.messages?.nudge();
        return reply.status(202).send({
          message: `验证码已发送至 ${maskPhone(request.body.phone)}，${SMS_CODE_MINUTES} 分钟内有效。`,
          message_en: `A code was sent to ${maskPhone(request.body.phone)}; it holds ${SMS_CODE_MINUTES} minutes.`,
          retryAfterSeconds,
        });
      },
    );
    app.post(
      '/api/auth/register',
      {
        config: { csrf: false, public: true, rateLimit: { max: 20, timeWindow: 60_000 } },
        schema: {
          tags: ['auth'],
          summary: '申请人注册 Register an applicant (Q-1)',
          body: Contract.PostAuthRegisterBody,
          response: responses({ 201: SessionReply }),
        },
      },
      async (request, reply) => {
        const session = await registerApplicant({
          database: ctx.database,
          now: ctx.clock(),
          hashing: ctx.config.passwordHashing,
          sessionHours: ctx.config.sessionHours,
          input: request.body,
          ip: request.ip,
          requestId: request.id,
        });
        setSessionCookies(reply, session);
        return reply.status(201).send({ csrfToken: session.csrfToken, mustChangePassword: false });
      },
    );
  };
}
