import type { FastifySchemaValidationError } from 'fastify/types/schema.js';
import type { ErrorBody } from '../errors.ts';

/** The field an AJV error is about, as a dotted path ('agency.name', 'days.0.date'). */
export function fieldOf(error: FastifySchemaValidationError): string {
  const params = error.params as Record<string, unknown>;
  const base = error.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const child =
    (params.missingProperty as string | undefined) ?? (params.additionalProperty as string | undefined) ?? '';
  return [base, child].filter(Boolean).join('.') || '(body)';
}

function describe(error: FastifySchemaValidationError, field: string): { zh: string; en: string } {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { zh: `缺少必填字段「${field}」`, en: `${field} is required` };
    case 'additionalProperties':
      return { zh: `不允许的字段「${field}」`, en: `${field} is not an accepted field` };
    case 'type':
      return { zh: `字段「${field}」的类型应为 ${p.type}`, en: `${field} must be of type ${p.type}` };
    case 'minLength':
      return p.limit === 1
        ? { zh: `字段「${field}」不能为空`, en: `${field} must not be empty` }
        : {
            zh: `字段「${field}」至少需要 ${p.limit} 个字符`,
            en: `${field} needs at least ${p.limit} characters`,
          };
    case 'maxLength':
      return {
        zh: `字段「${field}」最多 ${p.limit} 个字符`,
        en: `${field} allows at most ${p.limit} characters`,
      };
    case 'minimum':
    case 'exclusiveMinimum':
      return { zh: `字段「${field}」不能小于 ${p.limit}`, en: `${field} must be at least ${p.limit}` };
    case 'maximum':
    case 'exclusiveMaximum':
      return { zh: `字段「${field}」不能大于 ${p.limit}`, en: `${field} must be at most ${p.limit}` };
    case 'enum':
      return {
        zh: `字段「${field}」应为以下之一：${(p.allowedValues as unknown[]).join('、')}`,
        en: `${field} must be one of: ${(p.allowedValues as unknown[]).join(', ')}`,
      };
    case 'pattern':
    case 'format':
      return { zh: `字段「${field}」格式不正确`, en: `${field} has the wrong format` };
    case 'minItems':
      return {
        zh: `字段「${field}」至少需要 ${p.limit} 项`,
        en: `${field} needs at least ${p.limit} entries`,
      };
    case 'maxItems':
      return { zh: `字段「${field}」最多 ${p.limit} 项`, en: `${field} allows at most ${p.limit} entries` };
    default:
      return {
        zh: `字段「${field}」不符合要求`,
        en: `${field} is invalid: ${error.message ?? error.keyword}`,
      };
  }
}

/** One 400 body naming the first field at fault; `details` lists every problem found. */
export function validationBody(errors: FastifySchemaValidationError[], context: string): ErrorBody {
  const described = errors.map((error) => {
    const field = fieldOf(error);
    const where = context === 'body' ? field : `${context}.${field}`;
    return { field: where, ...describe(error, where) };
  });
  const first = described[0] ?? { field: context, zh: '请求无效', en: 'Invalid request' };
  return {
    code: 'VALIDATION',
    message: first.zh,
    message_en: first.en,
    field: first.field,
    details: described.map((d) => ({ field: d.field, message: d.zh, message_en: d.en })),
  };
}
