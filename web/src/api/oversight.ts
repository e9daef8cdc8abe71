import type { Query } from './answers.ts';
import { useApi } from './use-api.ts';

// What a city's and the province's justice bureaus and the auditors read of the districts below them
// (GOV-2, LIST-7, DOC-5).

/** The filings sent to the viewer's level, and each served district within reach as it stands. */
export const useDistrictsOverview = () => useApi('/api/oversight/districts');
/** GOV-2: one district's figures over a period (by default the viewer's district, this year). */
export const useDistrictStatistics = (query: Query<'/api/oversight/statistics'>) =>
  useApi('/api/oversight/statistics', { params: { query } });
