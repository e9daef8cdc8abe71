import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { databaseUnavailable, uniqueViolation } from '../db/database-errors.ts';
import { DomainError, type ErrorBody, type ErrorCode, errorStatus } from '../errors.ts';
import { validationBody } from './validation-messages.ts';

const frameworkErrors: Record<string, { code: ErrorCode; zh: string; en: string; field?: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'VALIDATION',
    field: 'body',
    zh: '请求体不是有效的 JSON',
    en: 'The request body is not valid JSON',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'VALIDATION',
    field: 'body',
    zh: '请求体为空',
    en: 'The request body is empty',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'VALIDATION',
    field: 'body',
    zh: '请求体长度与声明不符',
    en: 'The request body does not match its Content-Length',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    zh: '不支持的内容类型',
    en: 'Unsupported content type',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'PAYLOAD_TOO_LARGE',
    zh: '请求体过大',
    en: 'The request body is too large',
  },
  FST_ERR_BAD_URL: {
    code: 'VALIDATION',
    field: 'url',
    zh: '请求地址无效',
    en: 'The request address is not valid',
  },
  FST_ERR_ASYNC_CONSTRAINT: {
    code: 'VALIDATION',
    field: 'url',
    zh: '请求无效',
    en: 'The request is not valid',
  },
};

/** What each status means when nothing more specific is known. */
const byStatus: Record<number, { code: ErrorCode; zh: string; en: string; field?: string }> = {
  400: { code: 'VALIDATION', field: 'request', zh: '请求无效', en: 'The request is not valid' },
  404: { code: 'NOT_FOUND', zh: '没有这个地址', en: 'No such route' },
  405: {
    code: 'VALIDATION',
    field: 'method',
    zh: '不支持该请求方法',
    en: 'This method is not supported here',
  },
  413: frameworkErrors.FST_ERR_CTP_BODY_TOO_LARGE!,
  414: { code: 'URI_TOO_LONG', zh: '请求地址过长', en: 'The request address is too long' },
  415: frameworkErrors.FST_ERR_CTP_INVALID_MEDIA_TYPE!,
  429: { code: 'RATE_LIMITED', zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  431: { code: 'HEADERS_TOO_LARGE', zh: '请求头过大', en: 'The request headers are too large' },
};

/** Unique constraints whose violation a user can correct in one field. */
const uniqueFields: Record<string, string> = {
  agencies_jurisdiction_name: 'name',
  users_username_key: 'username',
  parties_identifier_unique: 'identifier',
  cases_decision_no: 'documentNo',
};

/** Seconds a client should wait before retrying while the database is away. */
const RETRY_AFTER_SECONDS = 5;

const unavailableBody: ErrorBody = {
  code: 'UNAVAILABLE',
  message: '数据库暂时不可用，请稍后重试',
  message_en: 'The database is not available at the moment; please retry shortly',
};

const internalBody: ErrorBody = {
  code: 'INTERNAL',
  message: '服务器内部错误，请稍后重试',
  message_en: 'Internal server error; please try again later',
};

function frameworkBody(error: FastifyError, status: number): ErrorBody {
  const known = frameworkErrors[error.code] ?? byStatus[status] ?? byStatus[400]!;
  return {
    code: known.code,
    message: known.zh,
    message_en: known.en,
    ...(known.field ? { field: known.field } : {}),
  };
}

function send(reply: FastifyReply, status: number, body: ErrorBody) {
  if (status === 503) reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  return reply.status(status).send(body);
}

/** The one place where errors become HTTP answers: `{code, message, message_en, field?}`. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof DomainError) {
      if (error.code === 'RATE_LIMITED') {
        const wait = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
        if (wait) reply.header('retry-after', String(wait));
      }
      return send(reply, errorStatus[error.code], error.toBody());
    }
    if (error.validation) {
      return reply.status(400).send(validationBody(error.validation, error.validationContext ?? 'body'));
    }
    const unique = uniqueViolation(error);
    if (unique) {
      const field = unique.constraint ? uniqueFields[unique.constraint] : undefined;
      return reply.status(409).send({
        code: 'CONFLICT',
        message: '与已有记录重复（如名称或用户名已被使用），请修改后重试',
        message_en:
          'This clashes with an existing record (e.g. a name or username in use); change it and retry',
        ...(field ? { field } : {}),
      } satisfies ErrorBody);
    }
    if (databaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return send(reply, 503, unavailableBody);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.status(status).send(frameworkBody(error, status));
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(internalBody);
  });
}

/** Errors Fastify raises before routing (a URL it cannot decode), in the one shape. */
export function frameworkErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
  return reply.status(status).send(frameworkBody(error, status));
}

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (headers or address over the limit,
 * a broken request line): answered in the one shape, then the connection closes.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'HPE_URI_TOO_LONG' ? 414 : 400;
  const known = byStatus[status]!;
  const body = JSON.stringify({
    code: known.code,
    message: known.zh,
    message_en: known.en,
    ...(known.field ? { field: known.field } : {}),
  });
  const reason = { 400: 'Bad Request', 414: 'URI Too Long', 431: 'Request Header Fields Too Large' }[status];
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
