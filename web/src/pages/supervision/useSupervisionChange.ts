import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/errors.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { useSupervisionTexts } from './texts.ts';

/** Server fields the forms show under another name (a range picker holds both ends of a period). */
const fieldAliases: Record<string, (string | number)[]> = {
  periodFrom: ['period'],
  periodTo: ['period'],
  startsOn: ['period'],
  endsOn: ['period'],
};

/** The form item a server error names (`rates.low` → ['rates', 'low']), if the form shows it. */
function fieldOf(form: FormInstance, field: string): (string | number)[] | null {
  const path = fieldAliases[field] ?? field.split('.');
  if (form.getFieldInstance(path) !== undefined) return path;
  const first = path[0]!;
  return form.getFieldInstance(first) !== undefined ? [first] : null;
}

/**
 * Sends one change of the supervision pages. A stale revision (someone else acted first) reloads and
 * says so; a 400 lands on the form item it names, other errors in a message, in the user's
 * language. Resolves to the answer when the change went through, else null.
 */
export function useSupervisionChange(reload?: () => Promise<void>) {
  const { st, language } = useSupervisionTexts();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const send = async <T>(
    change: () => Promise<T>,
    form: FormInstance | null,
    done: string | null,
  ): Promise<T | null> => {
    setBusy(true);
    try {
      const answer = await change();
      if (done) void message.success(done);
      return answer;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'STALE_VERSION') {
        void message.warning(st('common.stale'));
        await reload?.();
        return null;
      }
      const text = applyServerError(null, error, language);
      const path = form && error instanceof ApiError && error.field ? fieldOf(form, error.field) : null;
      if (form && path) form.setFields([{ name: path, errors: [text] }]);
      else void message.error(text);
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { send, busy };
}
