import { useApi } from './use-api.ts';

/** 接口状态: each outside system the district's work goes through, its circuit, calls and queues. */
export const useConnectors = () => useApi('/api/connectors');
