import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import type { Answer, Body } from '../../api/answers.ts';
import { ApiError, call } from '../../api/client.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { useCaseTexts } from './texts.ts';
import type { CaseDetail } from './types.ts';

/** The changes of a case, each at the revision read. */
type ChangePath =
  | '/api/cases/{id}/actions'
  | '/api/cases/{id}/decision'
  | '/api/cases/{id}/proofs/{proofId}/withdraw-commitment'
  | '/api/cases/{id}/proofs/{proofId}/attach-file';

/**
 * Posts one change of a case with the revision it was loaded at. A stale revision (someone else acted
 * first) reloads the case and says so; other errors go to the form field they name, else a message.
 * Resolves true when the change went through.
 */
export function useCaseChange(caseData: CaseDetail | null, reload: () => Promise<void>) {
  const { ct, language } = useCaseTexts();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const send = async <P extends ChangePath>(
    path: P,
    change: { proofId?: string; body: Omit<Body<P>, 'revision'> },
    form: FormInstance | null,
    done: string,
  ): Promise<Answer<P, 'post'> | null> => {
    if (!caseData) return null;
    setBusy(true);
    try {
      const answer = (await call('POST', path, {
        params: { path: { id: caseData.id, proofId: change.proofId } },
        body: { ...change.body, revision: caseData.revision },
      })) as Answer<P, 'post'>;
      void message.success(done);
      await reload();
      return answer;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'STALE_VERSION') {
        void message.warning(ct('common.stale'));
        await reload();
        return null;
      }
      const text = applyServerError(form, error, language);
      const onField =
        form && error instanceof ApiError && error.field && form.getFieldInstance(error.field.split('.')[0]!);
      if (!onField) void message.error(text);
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { send, busy };
}
