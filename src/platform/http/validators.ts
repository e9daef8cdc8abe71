import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import { invalid } from '../errors.ts';

const options = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false } as const;

/** Integers are stored as PostgreSQL `integer`; a bigger one is a bad request, not a database error. */
const INT4 = { minimum: -2147483648, maximum: 2147483647 };

/** Gives every integer of a schema without its own bounds the bounds of a stored integer. */
function boundIntegers(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(boundIntegers);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = boundIntegers(value);
  if (copy.type === 'integer') {
    copy.minimum ??= INT4.minimum;
    copy.maximum ??= INT4.maximum;
  }
  return copy;
}

/**
 * Bodies are JSON and must have the declared types: `42` is not a username. Query strings and path
 * parameters arrive as text, so only they are coerced ("20" → 20).
 */
export function installValidators(app: FastifyInstance): void {
  const strict = addFormats(new Ajv({ ...options, coerceTypes: false }));
  const coercing = addFormats(new Ajv({ ...options, coerceTypes: 'array' }));
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? strict : coercing).compile(boundIntegers(schema) as object),
  );
  app.addHook('preValidation', async (request) => {
    const parts = { params: request.params, querystring: request.query, body: request.body };
    for (const [part, value] of Object.entries(parts)) {
      const at = nulBytePath(value, []);
      if (at) {
        const field = at.join('.') || part;
        throw invalid(field, `字段「${field}」含有不允许的空字符`, `${field} contains a NUL character`);
      }
    }
  });
}

/** The path to the first string holding a NUL character, which PostgreSQL text cannot store. */
export function nulBytePath(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return null;
  for (const [key, child] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path, key.replaceAll('\u0000', '\\0')];
    const found = nulBytePath(child, [...path, key]);
    if (found) return found;
  }
  return null;
}
