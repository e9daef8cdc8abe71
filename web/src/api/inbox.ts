import { apiGet, apiPost } from './client.ts';
import { useApi } from './use-api.ts';

// Inbox: messages (站内消息) and the deadlines one answers for (GOV-4).

/** The newest `limit` messages and the unread count. */
export const useInbox = (limit: number) => useApi('/api/inbox', { params: { query: { limit } } });
export const fetchInbox = (limit: number) => apiGet('/api/inbox', { params: { query: { limit } } });
export const markRead = (id: string) => apiPost('/api/inbox/{id}/read', { params: { path: { id } } });

/** Open deadlines: one's own, or a whole district's for those who oversee it. */
export const useDeadlines = (district?: string) =>
  useApi('/api/deadlines', { params: { query: { district } } });
