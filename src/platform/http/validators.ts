import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

const options = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false } as const;

/**
 * Bodies are JSON and must have the declared types: `42` is not a username. Query strings and path
 * parameters arrive as text, so only they are coerced ("20" → 20).
 */
export function installValidators(app: FastifyInstance): void {
  const strict = addFormats(new Ajv({ ...options, coerceTypes: false }));
  const coercing = addFormats(new Ajv({ ...options, coerceTypes: 'array' }));
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? strict : coercing).compile(schema),
  );
}
