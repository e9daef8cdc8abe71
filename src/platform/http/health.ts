import { Type } from '@sinclair/typebox';
import type { ConnectorView } from '../connectors/http-connector.ts';
import type { Database } from '../db/database.ts';
import { DomainError } from '../errors.ts';
import { ErrorResponse, responses } from './schemas.ts';
import { STARTING_HEALTH } from './starting-server.ts';
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

/** What the server answers while it starts (starting-server.ts), before this route exists. */
const Starting = Type.Object(
  { status: Type.Literal(STARTING_HEALTH.status) },
  { description: 'The server is starting: migrations and the demo data are loading' },
);

/**
 * Ready means the database answers. The connectors are named with whether they answer, but do not
 * make the platform unready: their messages wait in the outbox.
 */
export function healthRoutes(database: Database, version: string, connectors: ConnectorView[]) {
  return async (app: TypedApp) => {
    app.get(
      '/api/health',
      {
        config: { public: true },
        schema: {
          tags: ['public'],
          summary: '健康检查 Health',
          description:
            '200 `status: ok` once ready; 503 `status: starting` while the server starts, or the error shape when the database does not answer.',
          response: responses({ 200: Health, 503: Type.Union([Starting, Type.Ref(ErrorResponse)]) }),
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
