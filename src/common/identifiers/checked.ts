import { invalid } from '../../platform/errors.ts';
import { validateCreditCode } from './credit-code.ts';
import { describeIdentifierProblem } from './problems.ts';
import { validateResidentId } from './resident-id.ts';

/** A party's identifier checked and normalised, or a 400 naming the field. */
export function checkedPartyIdentifier(
  kind: 'person' | 'organisation',
  value: string,
  field: string,
): string {
  // Pasted numbers often carry a space at either end; it is not part of the number.
  const trimmed = value.trim();
  const result = kind === 'person' ? validateResidentId(trimmed) : validateCreditCode(trimmed);
  if (result.ok) return result.normalized;
  const problem = describeIdentifierProblem(result.reason, kind === 'person' ? 'resident-id' : 'credit-code');
  throw invalid(field, problem.zh, problem.en);
}

/** A 居民身份证号 is 17 digits and a check digit or X; anything else is read as a 统一社会信用代码. */
const looksLikeResidentId = (value: string) => /^\d{17}[\dXx]$/.test(value.trim());

/**
 * An identifier a look-up takes without saying whose (the counter form, the credit officer's search):
 * checked as a resident ID when it has that shape, else as a credit code, or a 400 naming the field.
 */
export function checkedAnyIdentifier(value: string, field: string): string {
  const person = looksLikeResidentId(value);
  if (person && validateCreditCode(value.trim()).ok) return value.trim().toUpperCase();
  return checkedPartyIdentifier(person ? 'person' : 'organisation', value, field);
}
