// What other capabilities may use of cases; the rest of the folder is its own (npm run deps checks it).
export * from './case-link.ts';
export * from './push-commitments.ts';
export * from './schema.ts';
export * from './terminate-for-false-commitment.ts';
export * from './verification-port.ts';
