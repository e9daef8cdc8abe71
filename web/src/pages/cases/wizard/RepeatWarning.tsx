import { Alert, Checkbox } from 'antd';
import type { Dispatch } from 'react';
import { Link } from 'react-router-dom';
import { casePages } from '../model.ts';
import { useCaseTexts } from '../texts.ts';
import type { WizardAction, WizardState } from './state.ts';

/**
 * The applicant already has an application for this matter under way: most often this one is the
 * same sent twice (another tab, an earlier visit). Said with links to it; at the last step the
 * applicant confirms applying again before the application can be sent.
 */
export function RepeatWarning({
  state,
  dispatch,
  confirm = false,
}: {
  state: WizardState;
  dispatch: Dispatch<WizardAction>;
  confirm?: boolean;
}) {
  const { ct } = useCaseTexts();
  const open = state.form?.openApplications ?? [];
  if (open.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="cn-case-repeat"
      data-testid="repeat-warning"
      title={ct(state.mode === 'counter' ? 'repeat.titleCounter' : 'repeat.title')}
      description={
        <>
          {open.map((c, i) => (
            <span key={c.id}>
              {i > 0 && '、'}
              <Link to={casePages.case(c.id)}>{c.caseNo}</Link>
            </span>
          ))}
          {confirm && (
            <div style={{ marginTop: 8 }}>
              <Checkbox
                checked={state.repeatConfirmed}
                onChange={(e) => dispatch({ type: 'repeatConfirmed', confirmed: e.target.checked })}
              >
                {ct('repeat.confirm')}
              </Checkbox>
            </div>
          )}
        </>
      }
    />
  );
}
