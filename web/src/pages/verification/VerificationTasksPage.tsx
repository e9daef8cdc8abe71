import { Alert, Card, Input, Typography } from 'antd';
import { useState } from 'react';
import { useVerificationTasks } from '../../api/verification.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { useVerificationTexts } from './texts.ts';
import { VerificationTaskTable } from './VerificationTaskTable.tsx';
import '../cases/cases.css';

/** VER-1: the verification tasks of one's agency, soonest due first. */
export function VerificationTasksPage() {
  const { vt, language } = useVerificationTexts();
  const tasks = useVerificationTasks();
  const [query, setQuery] = useState('');
  const q = query.trim();
  const all = tasks.data ?? [];
  const shown = all.filter((t) => !q || `${t.caseNo}\n${t.matterName}\n${t.proofName}`.includes(q));
  return (
    <Card className="cn-case-page" title={<PageTitle>{vt('tasks.title')}</PageTitle>}>
      <Typography.Paragraph type="secondary" className="cn-case-intro">
        {vt('tasks.intro')}
      </Typography.Paragraph>
      {tasks.error ? (
        <Alert type="error" showIcon title={applyServerError(null, tasks.error, language)} />
      ) : null}
      <div className="cn-case-toolbar">
        <Input.Search
          allowClear
          aria-label={vt('tasks.search')}
          placeholder={vt('tasks.search')}
          onChange={(e) => setQuery(e.target.value)}
          className="cn-case-search"
        />
        <span className="cn-case-muted" aria-live="polite">
          {vt('tasks.count', { total: all.length, open: all.filter((t) => t.state === 'planned').length })}
        </span>
      </div>
      <VerificationTaskTable tasks={shown} withCase loading={tasks.loading} testId="verification-tasks" />
    </Card>
  );
}
