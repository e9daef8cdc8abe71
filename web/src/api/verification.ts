import { useApi } from './use-api.ts';

/** VER-1: the verification tasks of one's agency, planned at decisions. */
export const useVerificationTasks = () => useApi('/api/verification/tasks');
