// What other capabilities may use of supervision; the rest of the folder is its own (npm run deps checks it).
export { inspectionObjects, inspectionPlans, inspectors, itemRisks, keySupervisions } from './schema.ts';
