// What other capabilities may use of credit; the rest of the folder is its own (npm run deps checks it).
export * from '../common/eligibility.ts';
export * from './party-eligibility.ts';
export * from './schema.ts';
