import { AsyncLocalStorage } from 'node:async_hooks';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { canonicalJson, sm3Hex } from '../crypto/sm3.ts';
import type { Database } from '../db/database.ts';
import { DomainError } from '../errors.ts';
import { idempotencyKeys } from './schema.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Routes that settle Idempotency-Key themselves (POST /api/cases) opt out of the shared way. */
    ownIdempotency?: boolean;
  }
}

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY = /^[\w.:-]{8,100}$/;

interface PendingKey {
  userId: string;
  key: string;
  operation: string;
  requestSm3: string;
  now: Date;
  /** Set once the key row is written in a transaction of the request. */
  written: boolean;
}

const current = new AsyncLocalStorage<PendingKey>();

const differentRequest = () =>
  new DomainError(
    'CONFLICT',
    '该幂等键已用于另一个请求',
    'This Idempotency-Key was already used for a different request',
    'Idempotency-Key',
  );
const alreadyDone = () =>
  new DomainError(
    'CONFLICT',
    '同一幂等键的请求已处理或正在处理，请刷新查看结果',
    'A request with this Idempotency-Key has been or is being processed; reload to see its result',
    'Idempotency-Key',
  );

/**
 * Wraps the database the use cases get: the first transaction a request with an Idempotency-Key
 * opens also writes the key, so a retry finds it exactly when the change committed. A concurrent
 * twin waits on the key's row and is then refused; nothing is done twice.
 */
export function idempotentDatabase(database: Database): Database {
  return {
    ...database,
    transaction: (work) =>
      database.transaction(async (tx) => {
        const pending = current.getStore();
        if (pending && !pending.written) {
          const inserted = await tx.db
            .insert(idempotencyKeys)
            .values({
              userId: pending.userId,
              key: pending.key,
              operation: pending.operation,
              requestSm3: pending.requestSm3,
              createdAt: pending.now,
            })
            .onConflictDoNothing()
            .returning({ key: idempotencyKeys.key });
          if (inserted.length === 0) throw alreadyDone();
          pending.written = true;
        }
        return work(tx);
      }),
  };
}

/**
 * Q-4 for every creating POST made with a session: with an Idempotency-Key header, a retry of a
 * request that took effect answers its first answer again (header `Idempotent-Replayed: true`),
 * and the same key with another body is refused. Without the header a request is served as always.
 */
export function installIdempotency(app: FastifyInstance, database: Database, clock: () => Date): void {
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat();
    if (!methods.includes('POST') || !route.url.startsWith('/api/') || route.config?.ownIdempotency) return;
    // The handler runs inside the request's key, so the transactions it opens write it.
    const handler = route.handler;
    route.handler = function (request, reply) {
      const pending = request.idempotency;
      return pending
        ? current.run(pending, () => handler.call(this, request, reply))
        : handler.call(this, request, reply);
    };
    if (!route.schema || route.schema.headers) return;
    route.schema.headers = {
      type: 'object',
      properties: {
        [IDEMPOTENCY_HEADER]: {
          type: 'string',
          minLength: 8,
          maxLength: 100,
          description: 'Q-4: a retry with the same key answers the first answer instead of acting twice',
        },
      },
    };
  });
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const key = request.headers[IDEMPOTENCY_HEADER];
    if (request.method !== 'POST' || typeof key !== 'string' || !request.actor) return;
    if (request.routeOptions.config?.ownIdempotency) return;
    if (!KEY.test(key))
      throw new DomainError(
        'VALIDATION',
        '幂等键须为 8–100 个字母、数字或 _ . : -',
        'An Idempotency-Key has 8–100 letters, digits or _ . : -',
        'Idempotency-Key',
      );
    const operation = `POST ${request.routeOptions.url}`;
    const requestSm3 = sm3Hex(`${request.url}\n${canonicalJson(request.body ?? null)}`);
    const [seen] = await database.db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.userId, request.actor.userId), eq(idempotencyKeys.key, key)));
    if (seen) {
      if (seen.operation !== operation || seen.requestSm3 !== requestSm3) throw differentRequest();
      if (seen.statusCode === null) throw alreadyDone();
      return reply.status(seen.statusCode).header('idempotent-replayed', 'true').send(seen.response);
    }
    const pending: PendingKey = {
      userId: request.actor.userId,
      key,
      operation,
      requestSm3,
      now: clock(),
      written: false,
    };
    request.idempotency = pending;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const pending = request.idempotency;
    if (!pending?.written || reply.statusCode >= 300) return payload;
    let response: unknown = null;
    if (typeof payload === 'string' && payload.length > 0) {
      try {
        response = JSON.parse(payload);
      } catch {
        response = null;
      }
    }
    await database.db
      .update(idempotencyKeys)
      .set({ statusCode: reply.statusCode, response })
      .where(and(eq(idempotencyKeys.userId, pending.userId), eq(idempotencyKeys.key, pending.key)));
    return payload;
  });
  app.decorateRequest('idempotency', null);
}

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: PendingKey | null;
  }
}
