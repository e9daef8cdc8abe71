// What other capabilities may use of verification; the rest of the folder is its own (npm run deps checks it).
export { notifyParty } from './notify-party.ts';
export { findFalseCommitment } from './record-result.ts';
export {
  assistanceRequests,
  dataAccessLog,
  falseCommitmentHandlings,
  onSiteVisits,
  verificationTasks,
} from './schema.ts';
export { attachedDocuments } from './verification-files.ts';
