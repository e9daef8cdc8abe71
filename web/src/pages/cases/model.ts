import { uploadFile } from '../../api/cases.ts';
import { shanghaiToday } from '../../lib/dates.ts';
import type { CaseState, CommitmentState, SignatureMethod, UploadedFile } from './types.ts';

/** The workbench addresses of the case pages. */
export const casePages = {
  apply: '/workbench/apply',
  intake: '/workbench/intake',
  mine: '/workbench/cases',
  queue: '/workbench/queue',
  case: (id: string) => `/workbench/cases/${id}`,
  integrity: '/workbench/integrity',
  tasks: '/workbench/verification-tasks',
};

export const caseStateColours: Record<CaseState, string> = {
  draft: 'default',
  submitted: 'blue',
  'needs-correction': 'orange',
  accepted: 'cyan',
  approved: 'green',
  refused: 'red',
  terminated: 'volcano',
  withdrawn: 'default',
};

/** CRED-1: how a commitment stands, in both languages (also used by the integrity file). */
export const commitmentStateLabels: Record<CommitmentState, { zh: string; en: string; colour: string }> = {
  signed: { zh: '已签署，待决定', en: 'Signed, awaiting decision', colour: 'blue' },
  'in-verification': { zh: '核查中', en: 'In verification', colour: 'gold' },
  kept: { zh: '已履约', en: 'Kept', colour: 'green' },
  false: { zh: '承诺不实', en: 'False', colour: 'red' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn', colour: 'default' },
  lapsed: { zh: '已失效', en: 'Lapsed', colour: 'default' },
};

export const signatureMethodLabels: Record<SignatureMethod, { zh: string; en: string }> = {
  platform: { zh: '平台电子签名', en: 'Platform e-signature' },
  'applicant-sm2': { zh: '数字证书签名', en: 'Certificate (SM2) signature' },
  paper: { zh: '纸质签字（扫描）', en: 'Paper signature (scanned)' },
};

const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));

/** Calendar days from today (Shanghai) to a due date; negative when overdue. */
export const daysUntil = (date: string) =>
  Math.round((dayNumber(date) - dayNumber(shanghaiToday())) / 86_400_000);

/** Red when overdue, orange within two days, else none. */
export function dueTone(date: string | null): 'overdue' | 'soon' | null {
  if (!date) return null;
  const days = daysUntil(date);
  return days < 0 ? 'overdue' : days <= 2 ? 'soon' : null;
}

/** A file's size; a no-break space keeps the unit on the number's line. */
export const formatSize = (bytes: number) =>
  bytes < 1024
    ? `${bytes}\u00a0B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(0)}\u00a0KB`
      : `${(bytes / 1048576).toFixed(1)}\u00a0MB`;

/** one key per wizard, so a double click or a retried request answers the same case. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // crypto.randomUUID needs a secure context; a counter PC on plain http still has getRandomValues.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** SPEC §10 Files: the types and size the server accepts. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const contentTypes: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};
export const acceptedFiles = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

export function contentTypeOf(file: File): string | null {
  if (Object.values(contentTypes).includes(file.type)) return file.type;
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  return contentTypes[ext] ?? null;
}

async function toBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** POST /api/cases/files: the file as base64 JSON, stored for the uploader's application. */
export async function uploadCaseFile(districtCode: string, file: File): Promise<UploadedFile> {
  return uploadFile({
    districtCode,
    fileName: file.name,
    contentType: contentTypeOf(file) ?? file.type ?? 'application/octet-stream',
    contentBase64: await toBase64(file),
  });
}
