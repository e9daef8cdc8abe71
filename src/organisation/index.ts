// What other capabilities may use of organisation; the rest of the folder is its own (npm run deps checks it).
export * from './schema.ts';
