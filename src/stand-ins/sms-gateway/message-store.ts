import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface DeliveredMessage {
  messageId: string;
  requestId: string;
  to: string;
  text: string;
  receivedAt: string;
}

/**
 * The gateway's own store (never the platform's database): one JSON line per message in its data
 * folder, read back at start, so a restart loses nothing. Without a folder it keeps them in memory.
 */
export function openMessageStore(folder: string | null) {
  const file = folder ? path.join(folder, 'messages.jsonl') : null;
  const byRequest = new Map<string, DeliveredMessage>();
  if (file && existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const message = JSON.parse(line) as DeliveredMessage;
      byRequest.set(message.requestId, message);
    }
  }
  if (folder) mkdirSync(folder, { recursive: true });
  return {
    byRequestId: (requestId: string) => byRequest.get(requestId),
    add(message: DeliveredMessage) {
      if (file) appendFileSync(file, `${JSON.stringify(message)}\n`);
      byRequest.set(message.requestId, message);
    },
    /** The latest messages first, to one number or to all. */
    list(to?: string, limit = 50): DeliveredMessage[] {
      return [...byRequest.values()]
        .filter((m) => !to || m.to === to)
        .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
        .slice(0, limit);
    },
  };
}
