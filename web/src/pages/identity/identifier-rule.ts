import {
  describeIdentifierProblem,
  validateCreditCode,
  validateResidentId,
} from '@common/identifiers/index.ts';

type Kind = 'person' | 'organisation';

/** the same GB 11643 / GB 32100 checks as the server, so mistakes show while typing. */
export function identifierRule(kind: () => Kind, language: 'zh' | 'en') {
  return {
    validator: async (_: unknown, value?: string) => {
      if (!value) return;
      const result = kind() === 'person' ? validateResidentId(value) : validateCreditCode(value);
      if (!result.ok) {
        const problem = describeIdentifierProblem(
          result.reason,
          kind() === 'person' ? 'resident-id' : 'credit-code',
        );
        throw new Error(language === 'zh' ? problem.zh : problem.en);
      }
    },
  };
}
