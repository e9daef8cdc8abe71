import { Card, Tag } from 'antd';
import { gradeColors } from './model.ts';
import { useCreditTexts } from './texts.ts';
import type { IntegrityFile } from './types.ts';

/** CRED-3: the party's grade as a big letter, with its label, why, and the rule version it came from. */
export function GradeCard({ grade }: { grade: IntegrityFile['grade'] }) {
  const { rt, language } = useCreditTexts();
  const en = language === 'en';
  return (
    <Card size="small" className={`cn-credit-grade is-${grade.value}`} data-testid="credit-grade">
      <div className="cn-credit-grade-letter" aria-hidden="true">
        {grade.value}
      </div>
      <div className="cn-credit-grade-text">
        <div className="cn-credit-grade-title">
          {rt('grade.title')}：<strong>{grade.value}</strong>{' '}
          <Tag color={gradeColors[grade.value]}>{en ? grade.labelEn : grade.label}</Tag>
          <Tag>{rt('grade.version', { n: grade.ruleVersion })}</Tag>
        </div>
        <p className="cn-credit-grade-reason">{en ? grade.reasonEn : grade.reason}</p>
      </div>
    </Card>
  );
}
