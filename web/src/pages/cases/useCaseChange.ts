import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/errors.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { useCaseTexts } from './texts.ts';
import type { CaseDetail } from './types.ts';

/**
 * Sends one change of a case (`actOnCase`, `decideCase`…) at the revision it was loaded at. A stale
 * revision (someone else acted first) reloads the case and says so; other errors go to the form field
 * they name, else a message. Resolves to the answer when the change went through, else null.
 */
export function useCaseChange(caseData: CaseDetail | null, reload: () => Promise<void>) {
  const { ct, language } = useCaseTexts();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const send = async <T>(
    change: (at: CaseDetail) => Promise<T>,
    form: FormInstance | null,
    done: string,
  ): Promise<T | null> => {
    if (!caseData) return null;
    setBusy(true);
    try {
      const answer = await change(caseData);
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
