import { Type } from '@sinclair/typebox';
import type { HttpConnector } from '../connectors/http-connector.ts';
import type { Database } from '../db/database.ts';
import { DomainError } from '../errors.ts';
import { responses } from './schemas.ts';
import type { TypedApp } from './typed-app.ts';

const Health = Type.Object({
  status: Type.Literal('ok'),
  database: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
  version: Type.String(),
  connectors: Type.Array(
    Type.Object({
      name: Type.String(),
      url: Type.String(),
      answers: Type.Boolean(),
      circuit: Type.Union([Type.Literal('closed'), Type.Literal('open'), Type.Literal('half-open')]),
    }),
    { description: 'Outside systems (SPEC §10 Stand-ins): whether each answers now' },
  ),
});

/**
 * Ready means the database answers. The connectors are named with whether they answer, but do not
 * make the platform unready: their messages wait in the outbox.
 */
export function healthRoutes(
  database: Database,
  version: string,
  connectors: Pick<HttpConnector, 'name' | 'ping' | 'circuit' | 'baseUrl'>[],
) {
  return async (app: TypedApp) => {
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
        const answers = await Promise.all(connectors.map((c) => c.ping()));
        return {
          status: 'ok' as const,
          database: database.kind,
          version,
          connectors: connectors.map((c, i) => ({
            name: c.name,
            url: c.baseUrl,
            answers: answers[i]!,
            circuit: c.circuit(),
          })),
        };
      },
    );
  };
}
