// What other capabilities may use of verification; the rest of the folder is its own (npm run deps checks it).
export { findFalseCommitment } from './record-result.ts';
export { falseCommitmentHandlings, verificationTasks } from './schema.ts';
export { attachedDocuments } from './verification-files.ts';
