import { districtSettingsOf } from '../lists/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertDistrictAccess } from '../platform/auth/permissions.ts';
import { sm3Hex } from '../platform/crypto/sm3.ts';
import type { Database } from '../platform/db/database.ts';
import { forbidden, invalid } from '../platform/errors.ts';
import { caseFiles } from './schema.ts';

/** SPEC §10 Files: proofs up to 5 MB, as PDF or a photo; the content must be what the type says. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Each accepted type: how its content begins, and the names its files end in. */
const fileTypes: Record<string, { label: string; matches: (b: Buffer) => boolean; extensions: string[] }> = {
  'application/pdf': {
    label: 'PDF',
    matches: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
    extensions: ['.pdf'],
  },
  'image/jpeg': {
    label: 'JPG',
    matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
    extensions: ['.jpg', '.jpeg'],
  },
  'image/png': {
    label: 'PNG',
    matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    extensions: ['.png'],
  },
};

/** Node's decoder skips what is not base64 instead of refusing it, so the text is checked first. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Who uploads: applicants and window officers (proofs, scans), verifiers and assisting officers
 * (evidence), regulators (inspection records of a double-random check, SUP-1).
 */
const uploaders = new Set(['applicant', 'case-officer', 'verifier', 'assisting-officer', 'regulator']);

/**
 * Stores an uploaded proof (or a scanned paper signature) for the uploader's later application, or
 * a verifier's or assisting officer's evidence (VER-3/4) for the result they record next.
 */
export async function uploadCaseFile(options: {
  database: Database;
  actor: Actor;
  now: Date;
  input: { districtCode: string; fileName: string; contentType: string; contentBase64: string };
}) {
  const { database, actor, input } = options;
  if (!uploaders.has(actor.role)) throw forbidden();
  // Applicants apply in any district; a window officer scans only into districts they serve (ORG-2).
  if (actor.role !== 'applicant') assertDistrictAccess(actor, input.districtCode);
  const encoded = input.contentBase64.replace(/\s+/g, '');
  if (!BASE64.test(encoded) || encoded.length % 4 === 1)
    throw invalid(
      'contentBase64',
      '文件内容无法读取：不是 Base64 编码',
      'The file content cannot be read: it is not base64',
    );
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length === 0) throw invalid('contentBase64', '文件为空', 'The file is empty');
  if (bytes.length > MAX_FILE_BYTES)
    throw invalid('contentBase64', '文件不能超过 5 MB', 'The file must not exceed 5 MB');
  const type = fileTypes[input.contentType];
  if (!type)
    throw invalid('contentType', '只接受 PDF、JPG 或 PNG 文件', 'Only PDF, JPEG or PNG files are accepted');
  if (!type.matches(bytes))
    throw invalid(
      'contentBase64',
      `文件内容不是 ${type.label} 文件`,
      `The file content is not a ${type.label} file`,
    );
  const name = input.fileName.trim().toLowerCase();
  if (!type.extensions.some((extension) => name.endsWith(extension)))
    throw invalid(
      'fileName',
      `文件名应以 ${type.extensions.join(' 或 ')} 结尾：“${input.fileName}”不是 ${type.label} 文件名`,
      `The file name must end in ${type.extensions.join(' or ')}: "${input.fileName}" is not a ${type.label} file name`,
    );
  if (!(await districtSettingsOf(database.db, input.districtCode)))
    throw invalid('districtCode', '本平台未开通该区县', 'This district is not served by the platform');
  const sm3 = sm3Hex(bytes);
  return database.transaction(async (tx) => {
    const [row] = await tx.db
      .insert(caseFiles)
      .values({
        districtCode: input.districtCode,
        uploadedBy: actor.userId,
        fileName: input.fileName.trim().slice(0, 200) || 'file',
        contentType: input.contentType,
        size: bytes.length,
        bytes,
        sm3,
        createdAt: options.now,
      })
      .returning({
        id: caseFiles.id,
        fileName: caseFiles.fileName,
        size: caseFiles.size,
        sm3: caseFiles.sm3,
      });
    await recordAudit(tx, {
      chain: input.districtCode,
      actor: actorOf(actor),
      at: options.now,
      action: 'case-file.uploaded',
      entityType: 'case-file',
      entityId: row!.id,
      after: { fileName: row!.fileName, contentType: input.contentType, size: row!.size, sm3 },
    });
    return row!;
  });
}
