// What other capabilities may use of lists; the rest of the folder is its own (npm run deps checks it).

export * from '../common/list-item.ts';
export { isFilingOverdue } from './filing-chain.ts';
export * from './list-in-force.ts';
export * from './list-store.ts';
export * from './matter-facts.ts';
export * from './schema.ts';
export * from './text-clocks.ts';
