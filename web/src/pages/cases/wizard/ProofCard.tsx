import { Alert, Card, Radio, Tag } from 'antd';
import type { Dispatch } from 'react';
import { VerificationTag } from '../../lists/VerificationTag.tsx';
import { FileUpload } from '../FileUpload.tsx';
import { useCaseTexts } from '../texts.ts';
import type { FormProof } from '../types.ts';
import { FactFields } from './FactFields.tsx';
import { messageText, type ProofDraft, type WizardAction, type WizardMessage } from './state.ts';

/**
 * CASE-1, CASE-2, CASE-4 for one proof: whether it is on the list in force and on what terms, the
 * choice commit / submit (submit only, when unlisted or the applicant may not commit), the disclosure
 * consent of a disclosure item (refusing it means submitting the proof), and the upload.
 */
export function ProofCard({
  index,
  proof,
  listVersionNo,
  canCommit,
  draft,
  dispatch,
  districtCode,
  error,
}: {
  index: number;
  proof: FormProof;
  listVersionNo: number | null;
  canCommit: boolean;
  draft: ProofDraft;
  dispatch: Dispatch<WizardAction>;
  districtCode: string;
  error: WizardMessage | null;
}) {
  const { ct, language } = useCaseTexts();
  const item = proof.item;
  const showDisclosure =
    Boolean(item?.disclosure) && canCommit && (draft.choice === 'commit' || draft.disclosure === 'refuse');
  const titleId = `proof-${index}-title`;
  return (
    <Card
      size="small"
      className={`cn-case-proof${error ? ' has-error' : ''}`}
      data-testid={`proof-${index}`}
      title={
        <span id={titleId} className="cn-case-proof-title">
          <span className="cn-case-proof-no">{index + 1}</span>
          {proof.name}
        </span>
      }
    >
      <div className="cn-case-tags cn-case-proof-tags">
        {item ? (
          <Tag color="green">{ct('proof.listed', { n: listVersionNo ?? '—' })}</Tag>
        ) : (
          <Tag>{ct('proof.unlisted')}</Tag>
        )}
        {item?.disclosure && <Tag color="purple">{ct('proof.disclosureTag')}</Tag>}
      </div>
      {item ? (
        <dl className="cn-case-terms cn-case-item-terms">
          <dt>{ct('proof.proves')}</dt>
          <dd>{item.proves}</dd>
          <dt>{ct('proof.issuingBody')}</dt>
          <dd>{item.issuingBody}</dd>
          <dt>{ct('proof.legalBasis')}</dt>
          <dd>{item.legalBasis}</dd>
          <dt>{ct('proof.verification')}</dt>
          <dd>
            <VerificationTag value={item.verification} assisting={item.assistingAgency} />
          </dd>
          <dt>{ct('proof.timeLimit')}</dt>
          <dd>
            {item.timeLimitWorkingDays === null
              ? '—'
              : ct('proof.timeLimitValue', { n: item.timeLimitWorkingDays })}
          </dd>
          {item.standard && (
            <>
              <dt>{ct('proof.standard')}</dt>
              <dd>{item.standard}</dd>
            </>
          )}
        </dl>
      ) : (
        <Alert type="info" showIcon className="cn-case-inline-alert" title={ct('proof.unlistedHelp')} />
      )}
      <fieldset className="cn-case-fieldset">
        <legend>{ct('proof.choice')}</legend>
        <Radio.Group
          value={draft.choice}
          onChange={(e) => dispatch({ type: 'choiceMade', index, choice: e.target.value })}
          aria-label={`${ct('proof.choice')}${ct('common.colon')}${proof.name}`}
          className="cn-case-radios"
        >
          <Radio value="commit" disabled={!canCommit}>
            {ct('proof.commit')}
          </Radio>
          <Radio value="upload">{ct('proof.upload')}</Radio>
        </Radio.Group>
      </fieldset>
      {showDisclosure && (
        <fieldset className="cn-case-fieldset">
          <legend>{ct('proof.disclosure')}</legend>
          <p className="cn-case-help">{ct('proof.disclosureHelp')}</p>
          <Radio.Group
            value={draft.disclosure}
            onChange={(e) => dispatch({ type: 'disclosureMade', index, disclosure: e.target.value })}
            aria-label={`${ct('proof.disclosure')}${ct('common.colon')}${proof.name}`}
            className="cn-case-radios"
          >
            <Radio value="consent">{ct('proof.consent')}</Radio>
            <Radio value="refuse">{ct('proof.refuse')}</Radio>
          </Radio.Group>
        </fieldset>
      )}
      {draft.choice === 'commit' && (
        <FactFields
          index={index}
          proof={proof}
          draft={draft}
          dispatch={dispatch}
          faultyFact={error?.fact ?? null}
        />
      )}
      {draft.disclosure === 'refuse' && (
        <Alert
          type="warning"
          showIcon
          className="cn-case-inline-alert"
          data-testid={`proof-${index}-refused`}
          title={ct('proof.refused')}
        />
      )}
      {draft.choice === 'upload' && (
        <fieldset className="cn-case-fieldset">
          <legend>{ct('proof.file')}</legend>
          <FileUpload
            districtCode={districtCode}
            value={draft.file}
            onChange={(file) => dispatch({ type: 'fileUploaded', index, file })}
            label={proof.name}
            testId={`proof-${index}-upload`}
          />
        </fieldset>
      )}
      {error && (
        <div className="cn-case-field-error" role="alert" data-testid={`proof-${index}-error`}>
          {messageText(error, ct, language)}
        </div>
      )}
    </Card>
  );
}
