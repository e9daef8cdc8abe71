// What other capabilities may use of credit; the rest of the folder is its own (npm run deps checks it).
export * from '../common/credit-rules.ts';
export * from '../common/eligibility.ts';
export * from './party-of-identifier.ts';
export * from './party-standing.ts';
export * from './party-standings.ts';
export * from './queue-credit-push.ts';
export * from './record-dishonesty.ts';
export * from './rulebooks.ts';
export * from './schema.ts';
