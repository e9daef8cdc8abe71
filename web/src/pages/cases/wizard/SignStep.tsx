import { tickDisclosureChoice } from '@common/document-model.ts';
import { Card, Checkbox, Tag, Typography } from 'antd';
import type { Dispatch } from 'react';
import { TechnicalDetails } from '../../../components/TechnicalDetails.tsx';
import { FileUpload } from '../FileUpload.tsx';
import { LetterPreviews } from '../LetterPreviews.tsx';
import { useCaseTexts } from '../texts.ts';
import { LettersFrame } from './LettersFrame.tsx';
import { commitmentWithFacts, committedProofs, type WizardAction, type WizardState } from './state.ts';

/**
 * CASE-3: the filled commitments, signed electronically online, or at the counter signed on paper by
 * the applicant and uploaded as a scan.
 */
export function SignStep({
  state,
  districtCode,
  dispatch,
}: {
  state: WizardState;
  districtCode: string;
  dispatch: Dispatch<WizardAction>;
}) {
  const { ct } = useCaseTexts();
  const counter = state.mode === 'counter';
  const committed = committedProofs(state);
  return (
    <LettersFrame committed={committed.length} counter={counter} intro="sign.intro">
      <LetterPreviews
        testId="commitment-previews"
        letters={committed.map(({ proof, draft }) => {
          const consent = draft.disclosure === 'consent';
          return {
            proof: proof.name,
            // The preview ticks the box of the choice, as the signed letter will.
            model: commitmentWithFacts(
              proof.item?.disclosure
                ? tickDisclosureChoice(proof.commitment!, consent ? 'consent' : 'refuse')
                : proof.commitment!,
              proof,
              draft,
            ),
            note: proof.item?.disclosure ? (
              <span>
                {ct('sign.disclosure')}
                <Tag color={consent ? 'purple' : 'default'}>
                  {ct(consent ? 'disclosure.consent' : 'disclosure.refuse')}
                </Tag>
              </span>
            ) : undefined,
          };
        })}
      />
      {counter ? (
        <Card size="small" className="cn-case-step-card" title={ct('sign.paper')}>
          <Typography.Paragraph type="secondary">{ct('sign.paperHelp')}</Typography.Paragraph>
          <FileUpload
            districtCode={districtCode}
            value={state.scan}
            onChange={(scan) => dispatch({ type: 'scanUploaded', scan })}
            label={ct('sign.paper')}
            testId="signature-scan"
          />
        </Card>
      ) : (
        <div className="cn-case-sign-method">
          <Typography.Paragraph type="secondary">{ct('sign.method')}</Typography.Paragraph>
          <TechnicalDetails
            summary={ct('sign.methodDetails')}
            explanation={ct('sign.methodTechnical')}
            testId="sign-technical"
          />
        </div>
      )}
      <Checkbox
        className="cn-case-confirm"
        checked={state.confirmed}
        onChange={(e) => dispatch({ type: 'confirmChecked', confirmed: e.target.checked })}
      >
        {ct(counter ? 'sign.counterConfirm' : 'sign.confirm')}
      </Checkbox>
    </LettersFrame>
  );
}
