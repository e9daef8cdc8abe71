import { Card, Checkbox, Tag, Typography } from 'antd';
import type { Dispatch } from 'react';
import { FileUpload } from '../FileUpload.tsx';
import { LetterPreviews } from '../LetterPreviews.tsx';
import { useCaseTexts } from '../texts.ts';
import type { DocumentModel } from '../types.ts';
import { LettersFrame } from './LettersFrame.tsx';
import { committedProofs, type WizardAction, type WizardState } from './state.ts';

/**
 * The commitment preview comes filled with no disclosure answer; the signed letter ticks the box of
 * the applicant's choice (同意公开 / 不同意公开), so the preview ticks it too.
 */
function withConsent(model: DocumentModel, consent: boolean): DocumentModel {
  return {
    ...model,
    blocks: model.blocks.map((b) =>
      b.kind === 'checkbox'
        ? {
            ...b,
            items: b.items.map((i) => ({
              ...i,
              checked: i.label.startsWith(consent ? '同意公开' : '不同意公开'),
            })),
          }
        : b,
    ),
  };
}

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
            model: proof.item?.disclosure ? withConsent(proof.commitment!, consent) : proof.commitment!,
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
        <Typography.Paragraph type="secondary" className="cn-case-sign-method">
          {ct('sign.method')}
        </Typography.Paragraph>
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
