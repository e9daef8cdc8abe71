import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';

/**
 * The Fastify instance routes are declared on: request parameters, bodies and answers are typed from
 * the route's TypeBox schemas (the contract), so a handler cannot read or answer what its schema
 * does not say.
 */
export type TypedApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** A capability's routes, registered by the composition root. */
export type RoutePlugin = (app: TypedApp) => Promise<void>;
