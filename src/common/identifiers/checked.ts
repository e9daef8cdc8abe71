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
  const result = kind === 'person' ? validateResidentId(value) : validateCreditCode(value);
  if (result.ok) return result.normalized;
  const problem = describeIdentifierProblem(result.reason, kind === 'person' ? 'resident-id' : 'credit-code');
  throw invalid(field, problem.zh, problem.en);
}
