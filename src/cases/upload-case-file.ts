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

const signatures: Record<string, (b: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
};

/** Stores an uploaded proof (or a scanned paper signature) for the uploader's later application. */
export async function uploadCaseFile(options: {
  database: Database;
  actor: Actor;
  now: Date;
  input: { districtCode: string; fileName: string; contentType: string; contentBase64: string };
}) {
  const { database, actor, input } = options;
  if (actor.role !== 'applicant' && actor.role !== 'case-officer') throw forbidden();
  // Applicants apply in any district; a window officer scans only into districts they serve (ORG-2).
  if (actor.role !== 'applicant') assertDistrictAccess(actor, input.districtCode);
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw invalid('contentBase64', '文件为空', 'The file is empty');
  if (bytes.length > MAX_FILE_BYTES)
    throw invalid('contentBase64', '文件不能超过 5 MB', 'The file must not exceed 5 MB');
  const matches = signatures[input.contentType];
  if (!matches)
    throw invalid('contentType', '只接受 PDF、JPG 或 PNG 文件', 'Only PDF, JPEG or PNG files are accepted');
  if (!matches(bytes))
    throw invalid('contentBase64', '文件内容与类型不符', 'The file content does not match its type');
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
