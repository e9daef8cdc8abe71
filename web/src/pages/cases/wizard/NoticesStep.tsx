import { Checkbox } from 'antd';
import type { Dispatch } from 'react';
import { LetterPreviews } from '../LetterPreviews.tsx';
import { useCaseTexts } from '../texts.ts';
import { LettersFrame } from './LettersFrame.tsx';
import { committedProofs, type WizardAction, type WizardState } from './state.ts';

/** CASE-3: the filled notice of each committed proof, to be read before signing. */
export function NoticesStep({ state, dispatch }: { state: WizardState; dispatch: Dispatch<WizardAction> }) {
  const { ct } = useCaseTexts();
  const committed = committedProofs(state);
  return (
    <LettersFrame committed={committed.length} counter={state.mode === 'counter'} intro="notices.intro">
      <LetterPreviews
        testId="notice-previews"
        letters={committed.map(({ proof }) => ({ proof: proof.name, model: proof.notice! }))}
      />
      <Checkbox
        className="cn-case-confirm"
        checked={state.read}
        onChange={(e) => dispatch({ type: 'readChecked', read: e.target.checked })}
      >
        {ct('notices.read')}
      </Checkbox>
    </LettersFrame>
  );
}
