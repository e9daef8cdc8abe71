import { App, Button, Typography } from 'antd';
import { useState } from 'react';
import type { Answer } from '../../api/answers.ts';
import { viewApplicantPersonalData } from '../../api/cases.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { useCaseTexts } from './texts.ts';
import type { CaseDetail } from './types.ts';

/**
 * the applicant as the viewer may see them: masked for staff, with a button for the handling
 * officers and verifiers that shows the full ID number and phone (and leaves a trace in the audit).
 */
export function ApplicantIdentity({
  caseId,
  applicant,
}: {
  caseId: string;
  applicant: CaseDetail['applicant'];
}) {
  const { ct, language } = useCaseTexts();
  const { message } = App.useApp();
  const [full, setFull] = useState<Answer<'/api/cases/{id}/personal-data', 'post'> | null>(null);
  const shown = full ?? applicant;
  return (
    <span>
      {applicant.name}
      <Typography.Text type="secondary" data-testid="applicant-identifier">
        {' · '}
        {shown.identifier}
        {shown.phone ? ` · ${shown.phone}` : ''}
      </Typography.Text>
      {applicant.mayUnmask && !full && (
        <Button
          type="link"
          size="small"
          onClick={async () => {
            try {
              setFull(await viewApplicantPersonalData(caseId));
            } catch (error) {
              void message.error(applyServerError(null, error, language));
            }
          }}
        >
          {ct('case.unmask')}
        </Button>
      )}
    </span>
  );
}
