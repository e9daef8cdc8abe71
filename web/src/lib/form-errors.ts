import type { FormInstance } from 'antd';
import { ApiError } from '../api/errors.ts';

/**
 * Shows a server error on the form field it names, or returns the message for a banner.
 */
export function applyServerError(form: FormInstance | null, error: unknown, language: 'zh' | 'en'): string {
  if (!(error instanceof ApiError))
    return language === 'zh' ? '网络错误，请稍后重试' : 'Network error; please retry';
  const text = error.text(language);
  const field = error.field?.split('.')[0];
  if (form && field && form.getFieldInstance(field) !== undefined) {
    form.setFields([{ name: field, errors: [text] }]);
  }
  return text;
}
