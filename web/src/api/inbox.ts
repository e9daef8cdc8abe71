import type { Query } from './answers.ts';
import { apiPost } from './client.ts';
import { useApi } from './use-api.ts';

// Inbox: messages (站内消息) and the deadlines one answers for (GOV-4).

type InboxQuery = Query<'/api/inbox'>;

/** The newest `limit` messages (of one topic, or all) and the unread count. */
export const useInbox = (limit: number, topic?: InboxQuery['topic'], enabled = true) =>
  useApi('/api/inbox', { params: { query: { limit, ...(topic ? { topic } : {}) } }, enabled });
export const markRead = (id: string) => apiPost('/api/inbox/{id}/read', { params: { path: { id } } });
/** 全部已读: every unread message of mine, at once. */
export const markAllRead = () => apiPost('/api/inbox/read-all', {});

/** Open deadlines: one's own, or a whole district's for those who oversee it. */
export const useDeadlines = (district?: string) =>
  useApi('/api/deadlines', { params: { query: { district } } });
