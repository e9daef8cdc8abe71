export { type CreditCodeResult, creditCodeCheckCharacter, validateCreditCode } from './credit-code.ts';
export { maskIdentifier, maskPersonName, maskPhone, maskResidentId } from './masking.ts';
export {
  CENTRAL_REGION_PREFIX,
  describeIdentifierProblem,
  type IdentifierKind,
  type IdentifierProblem,
  PROVINCE_PREFIXES,
} from './problems.ts';
export { type ResidentIdResult, residentIdCheckCharacter, validateResidentId } from './resident-id.ts';
