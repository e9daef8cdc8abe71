import type { Body } from './answers.ts';
import { apiDelete, apiGet, apiPost, apiPut } from './client.ts';
import { useApi } from './use-api.ts';

// The working-day calendar: which years are official, and the platform admin's entries.

export const useCalendar = () => useApi('/api/calendar');
/** The `days`-th working day after `from`. */
export const addWorkingDays = (from: string, days: number) =>
  apiGet('/api/calendar/add-working-days', { params: { query: { from, days } } });
/** Enters a year's official holiday schedule. */
export const enterYearSchedule = (body: Body<'/api/calendar/year-schedules'>) =>
  apiPost('/api/calendar/year-schedules', { body });
export const overrideDay = (date: string, body: Body<'/api/calendar/days/{date}', 'put'>) =>
  apiPut('/api/calendar/days/{date}', { params: { path: { date } }, body });
export const removeDayOverride = (date: string) =>
  apiDelete('/api/calendar/days/{date}', { params: { path: { date } } });
