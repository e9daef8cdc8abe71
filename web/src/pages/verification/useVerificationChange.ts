import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/errors.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { useVerificationTexts } from './texts.ts';

/**
 * Sends one change (a result, an answer, a visit…). A stale revision (someone else acted first)
 * reloads and says so; other errors go to the form field they name, else a message, in the user's
 * language. Resolves to the answer when the change went through, else null.
 */
export function useVerificationChange(reload?: () => Promise<void>) {
  const { vt, language } = useVerificationTexts();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const send = async <T>(
    change: () => Promise<T>,
    form: FormInstance | null,
    done: string,
  ): Promise<T | null> => {
    setBusy(true);
    try {
      const answer = await change();
      void message.success(done);
      return answer;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'STALE_VERSION') {
        void message.warning(vt('common.stale'));
        await reload?.();
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
