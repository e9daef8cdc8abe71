import { Alert } from 'antd';
import { formatDate } from '../../lib/dates.ts';
import { useCaseTexts } from './texts.ts';
import type { Eligibility } from './types.ts';

/**
 * CASE-2 as evaluated: whether the party may use commitment, why not (the records that bar it), the
 * rule quoted, and how credit repair gives it back (CRED-4).
 */
export function EligibilityAlert({
  eligibility,
  title,
  showRule = true,
  testId,
}: {
  eligibility: Eligibility;
  title: string;
  showRule?: boolean;
  testId?: string;
}) {
  const { ct, language } = useCaseTexts();
  const zh = language === 'zh';
  const repair = zh ? eligibility.repair : eligibility.repairEn;
  return (
    <Alert
      className="cn-case-eligibility"
      type={eligibility.eligible ? 'success' : 'warning'}
      showIcon
      data-testid={testId}
      title={title}
      description={
        <dl className="cn-case-terms">
          {eligibility.reasons.length > 0 && (
            <>
              <dt>{ct('eligibility.reasons')}</dt>
              <dd>
                <ul className="cn-case-reasons">
                  {eligibility.reasons.map((r) => (
                    <li key={r.recordId ?? 'elsewhere'}>
                      {r.elsewhere ? ct('eligibility.elsewhere') : r.description}
                      {r.recordedAt && (
                        <span className="cn-case-muted">
                          {ct('eligibility.recorded', {
                            date: formatDate(r.recordedAt, language),
                          })}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {repair && (
            <>
              <dt>{ct('eligibility.repair')}</dt>
              <dd>{repair}</dd>
            </>
          )}
          {showRule && (
            <>
              <dt>{ct('eligibility.rule')}</dt>
              <dd>{zh ? eligibility.rule : eligibility.ruleEn}</dd>
            </>
          )}
        </dl>
      }
    />
  );
}
