import { creditGradeLabels, creditGrades } from '@common/credit-rules.ts';
import { Progress, Statistic, Tag, Typography } from 'antd';
import { useCreditGrades } from '../../api/credit.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { palette } from '../../theme.ts';
import { gradeColors } from './model.ts';
import { OfficePage } from './OfficePage.tsx';
import { useOfficeTexts } from './office-texts.ts';

const barColors = { A: palette.green, B: palette.blue, C: palette.orange, D: palette.error } as const;

/** CRED-3: how many of the district's parties hold each grade, under the rule version in force. */
export function GradesPage() {
  const { ot, language } = useOfficeTexts();
  const grades = useCreditGrades();
  return (
    <OfficePage
      title={ot('grades.title')}
      intro={ot('grades.intro')}
      read={grades}
      testId="credit-grades-page"
    >
      {(g) => (
        <>
          <Statistic title={ot('grades.total')} value={g.total} />
          <Typography.Paragraph type="secondary">
            {ot('grades.version', { n: g.ruleVersion, at: formatDateTime(g.evaluatedAt, language) })}
          </Typography.Paragraph>
          <ul className="cn-credit-bars" data-testid="credit-grade-bars">
            {creditGrades.map((grade) => (
              <li key={grade} data-testid={`grade-${grade}`}>
                <span className="cn-credit-bar-label">
                  <Tag color={gradeColors[grade]}>{grade}</Tag>
                  {creditGradeLabels[grade][language]}
                </span>
                <Progress
                  percent={g.total ? Math.round((g.counts[grade] / g.total) * 100) : 0}
                  strokeColor={barColors[grade]}
                  aria-label={`${grade} ${creditGradeLabels[grade][language]}`}
                  showInfo={false}
                />
                <span className="cn-credit-bar-count">{ot('grades.count', { n: g.counts[grade] })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </OfficePage>
  );
}
