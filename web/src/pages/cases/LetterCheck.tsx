import { Button, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { verifyCaseDocument } from '../../api/cases.ts';
import { useCaseTexts } from './texts.ts';

type Outcome = { intact: boolean; recorded: string; computed: string } | 'failed';

/**
 * DOC-6 beside a letter: checks that its stored PDF is unaltered (its SM3 computed again equals the
 * one recorded when it was made) and says so, with the SM3 on hover for whoever compares it.
 */
export function LetterCheck({
  caseId,
  documentId,
  title,
}: {
  caseId: string;
  documentId: string;
  title: string;
}) {
  const { ct } = useCaseTexts();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const check = async () => {
    setBusy(true);
    try {
      setOutcome(await verifyCaseDocument(caseId, documentId));
    } catch {
      setOutcome('failed');
    } finally {
      setBusy(false);
    }
  };
  if (outcome && outcome !== 'failed')
    return (
      <Tooltip title={`SM3 ${outcome.computed}`}>
        <Tag color={outcome.intact ? 'green' : 'red'} data-testid="letter-check">
          {ct(outcome.intact ? 'letter.intact' : 'letter.altered')}
        </Tag>
      </Tooltip>
    );
  return (
    <Button size="small" loading={busy} onClick={check} aria-label={ct('letter.checkOf', { title })}>
      {outcome === 'failed' ? ct('letter.checkFailed') : ct('letter.check')}
    </Button>
  );
}
