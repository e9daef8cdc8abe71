import type { FastifyError, FastifyInstance } from 'fastify';
import { uniqueViolation } from '../db/unique-violation.ts';
import { DomainError, type ErrorBody, errorStatus } from '../errors.ts';
import { validationBody } from './validation-messages.ts';

const frameworkErrors: Record<string, { zh: string; en: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { zh: '请求体为空', en: 'The request body is empty' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { zh: '不支持的内容类型', en: 'Unsupported content type' },
  FST_ERR_CTP_BODY_TOO_LARGE: { zh: '请求体过大', en: 'The request body is too large' },
};

/** Unique constraints whose violation a user can correct in one field. */
const uniqueFields: Record<string, string> = {
  agencies_jurisdiction_name: 'name',
  users_username_key: 'username',
  parties_identifier_unique: 'identifier',
  cases_decision_no: 'documentNo',
};

/** The one place where errors become HTTP answers: `{code, message, message_en, field?}`. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      return reply.status(errorStatus[error.code]).send(error.toBody());
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
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const known = frameworkErrors[error.code];
      const body: ErrorBody = {
        code: status === 429 ? 'RATE_LIMITED' : status === 404 ? 'NOT_FOUND' : 'VALIDATION',
        message: known?.zh ?? (status === 429 ? '请求过于频繁，请稍后再试' : '请求无效'),
        message_en: known?.en ?? error.message,
      };
      if (status === 429 && error.message) body.message_en = 'Too many requests; try again later';
      return reply.status(status).send(body);
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({
      code: 'INTERNAL',
      message: '服务器内部错误，请稍后重试',
      message_en: 'Internal server error; please try again later',
    } satisfies ErrorBody);
  });
}
