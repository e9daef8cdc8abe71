import { Alert, Card, Radio, Tag } from 'antd';
import { VerificationTag } from '../lists/VerificationTag.tsx';
import { FileUpload } from './FileUpload.tsx';
import { useCaseTexts } from './texts.ts';
import type { DisclosureChoice, FormProof, ProofChoice, UploadedFile } from './types.ts';

export interface ProofDraft {
  choice: ProofChoice | null;
  disclosure: DisclosureChoice | null;
  file: UploadedFile | null;
}

/**
 * CASE-1, CASE-2, CASE-4 for one proof: whether it is on the list in force and on what terms, the
 * choice commit / submit (submit only, when unlisted or the applicant may not commit), the disclosure
 * consent of a disclosure item (refusing it means submitting the proof), and the upload.
 */
export function ProofCard({
  index,
  proof,
  listVersionNo,
  mayCommit,
  draft,
  onChange,
  districtCode,
  error,
}: {
  index: number;
  proof: FormProof;
  listVersionNo: number | null;
  mayCommit: boolean;
  draft: ProofDraft;
  onChange(next: ProofDraft): void;
  districtCode: string;
  error: string | null;
}) {
  const { ct } = useCaseTexts();
  const item = proof.item;
  const canCommit = Boolean(item) && mayCommit;
  const showDisclosure =
    Boolean(item?.disclosure) && canCommit && (draft.choice === 'commit' || draft.disclosure === 'refuse');
  const setChoice = (choice: ProofChoice) =>
    onChange({
      ...draft,
      choice,
      // Committing again after refusing disclosure asks for consent anew; submitting keeps a refusal.
      disclosure:
        choice === 'commit'
          ? draft.disclosure === 'refuse'
            ? null
            : draft.disclosure
          : draft.disclosure === 'refuse'
            ? 'refuse'
            : null,
    });
  const setDisclosure = (disclosure: DisclosureChoice) =>
    onChange({ ...draft, disclosure, choice: disclosure === 'refuse' ? 'upload' : 'commit' });
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
          onChange={(e) => setChoice(e.target.value)}
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
            onChange={(e) => setDisclosure(e.target.value)}
            aria-label={`${ct('proof.disclosure')}${ct('common.colon')}${proof.name}`}
            className="cn-case-radios"
          >
            <Radio value="consent">{ct('proof.consent')}</Radio>
            <Radio value="refuse">{ct('proof.refuse')}</Radio>
          </Radio.Group>
        </fieldset>
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
            onChange={(file) => onChange({ ...draft, file })}
            label={proof.name}
            testId={`proof-${index}-upload`}
          />
        </fieldset>
      )}
      {error && (
        <div className="cn-case-field-error" role="alert" data-testid={`proof-${index}-error`}>
          {error}
        </div>
      )}
    </Card>
  );
}
