import { Button, Typography } from 'antd';
import { useRef, useState } from 'react';
import { applyServerError } from '../../lib/form-errors.ts';
import { acceptedFiles, contentTypeOf, formatSize, MAX_UPLOAD_BYTES, uploadCaseFile } from './model.ts';
import { useCaseTexts } from './texts.ts';
import type { UploadedFile } from './types.ts';

/**
 * A proof or signature scan, checked here (type, ≤ 5 MB) and sent as base64 to POST /api/cases/files;
 * shows the stored file and lets it be replaced. `error` is a message from outside (a server error).
 */
export function FileUpload({
  districtCode,
  value,
  onChange,
  label,
  error,
  testId,
}: {
  districtCode: string;
  value: UploadedFile | null;
  onChange(file: UploadedFile | null): void;
  /** The accessible name of the button, e.g. the proof's name. */
  label: string;
  error?: string | null;
  testId?: string;
}) {
  const { ct, language } = useCaseTexts();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const send = async (file: File) => {
    setProblem(null);
    if (!contentTypeOf(file)) return setProblem(ct('upload.badType'));
    if (file.size > MAX_UPLOAD_BYTES) return setProblem(ct('upload.tooLarge'));
    setBusy(true);
    try {
      onChange(await uploadCaseFile(districtCode, file));
    } catch (e) {
      setProblem(applyServerError(null, e, language));
    } finally {
      setBusy(false);
      // Keyboard users go on from the control they used, unless they have moved on meanwhile.
      if (document.activeElement === document.body) button.current?.focus();
    }
  };
  const shown = problem ?? error ?? null;
  return (
    <div className="cn-case-upload" data-testid={testId}>
      {/* Not antd's Upload: with a button inside it moves focus to the page body as the dialog opens. */}
      <input
        ref={input}
        type="file"
        accept={acceptedFiles}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // the same file picked again is a new choice
          if (file) void send(file);
        }}
      />
      <Button
        ref={button}
        loading={busy}
        aria-label={`${value ? ct('upload.replace') : ct('upload.button')}${ct('common.colon')}${label}`}
        onClick={() => input.current?.click()}
      >
        {busy ? ct('upload.uploading') : value ? ct('upload.replace') : ct('upload.button')}
      </Button>
      <span className="cn-case-upload-state" aria-live="polite">
        {value ? (
          <Typography.Text type="success" data-testid={testId ? `${testId}-done` : undefined}>
            {ct('upload.done', { name: value.fileName, size: formatSize(value.size) })}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{ct('upload.hint')}</Typography.Text>
        )}
      </span>
      {shown && (
        <div className="cn-case-field-error" role="alert">
          {shown}
        </div>
      )}
    </div>
  );
}
