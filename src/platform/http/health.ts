import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.ts';
import { DomainError } from '../errors.ts';
import { responses } from './schemas.ts';

const Health = Type.Object({
  status: Type.Literal('ok'),
  database: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
  version: Type.String(),
});

/** Ready means the database answers. */
export function healthRoutes(database: Database, version: string) {
  return async (app: FastifyInstance) => {
    app.get(
      '/api/health',
      {
        config: { public: true },
        schema: {
          tags: ['public'],
          summary: '健康检查 Health',
          response: responses({ 200: Health, 503: Type.Any() }),
        },
      },
      async () => {
        try {
          await database.sql.query('SELECT 1');
        } catch {
          throw new DomainError('UNAVAILABLE', '数据库暂不可用', 'The database is not available');
        }
        return { status: 'ok' as const, database: database.kind, version };
      },
    );
  };
}
