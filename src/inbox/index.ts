// What other capabilities may use of inbox; the rest of the folder is its own (npm run deps checks it).

export * from './due-warnings.ts';
export * from './recount-deadlines.ts';
export * from './register-deadline.ts';
export * from './schema.ts';
