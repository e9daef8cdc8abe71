import type { FastifyReply } from 'fastify';
import { XLSX_TYPE } from '../spreadsheet.ts';

/** Sends an export the reader asked for as an .xlsx attachment (never cached: it lists staff records). */
export function sendWorkbook(reply: FastifyReply, bytes: Buffer, fileName: string) {
  return reply
    .header('cache-control', 'private, no-store')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .type(XLSX_TYPE)
    .send(bytes);
}
