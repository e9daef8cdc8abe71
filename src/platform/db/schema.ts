// Every table of the application, for drizzle-kit and for typed queries.
export * from '../../accounts/schema.ts';
export * from '../../cases/schema.ts';
export * from '../../credit/schema.ts';
export * from '../../documents/schema.ts';
export * from '../../inbox/schema.ts';
export * from '../../lists/schema.ts';
export * from '../../organisation/schema.ts';
export * from '../../verification/schema.ts';
export * from '../audit/schema.ts';
export * from '../calendar/schema.ts';
export * from '../crypto/schema.ts';
export * from '../idempotency/schema.ts';
export * from '../messaging/schema.ts';
export * from './meta-schema.ts';
