import { Type } from '@sinclair/typebox';
import type { DeadlineFollower } from '../inbox/index.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import type { AppContext } from '../platform/context.ts';
import { invalid } from '../platform/errors.ts';
import { authorize } from '../platform/http/request-auth.ts';
import { responses } from '../platform/http/schemas.ts';
import type { TypedApp } from '../platform/http/typed-app.ts';
import { clearCalendarDay } from './clear-calendar-day.ts';
import * as Contract from './contract.ts';
import { enterYearSchedule } from './enter-year-schedule.ts';
import { getCalendarStatus } from './get-calendar-status.ts';
import { setCalendarDay } from './set-calendar-day.ts';

const parseOrReject = <T>(field: string, run: () => T): T => {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError)
      throw invalid(field, '日期无效或范围过大', 'Invalid date or range too large');
    throw error;
  }
};

/** The working-day calendar: computations for everyone on staff, schedules for the platform admin. */
export function calendarRoutes(ctx: AppContext, followers: readonly DeadlineFollower[]) {
  const { database } = ctx;
  const tags = ['calendar'];
  return async (app: TypedApp) => {
    app.get(
      '/api/calendar',
      {
        schema: {
          tags,
          summary: '日历状态 Calendar status and admin entries',
          response: responses({ 200: Contract.GetCalendarResponse }),
        },
      },
      async (request) => {
        authorize(request, 'organisation.read');
        return getCalendarStatus(database.db, ctx.clock());
      },
    );
    app.get(
      '/api/calendar/add-working-days',
      {
        schema: {
          tags,
          summary: '推算工作日 The n-th working day after a date',
          querystring: Contract.GetCalendarAddWorkingDaysQuery,
          response: responses({ 200: Contract.GetCalendarAddWorkingDaysResponse }),
        },
      },
      async (request) => {
        authorize(request, 'organisation.read');
        const calendar = await loadWorkingCalendar(database.db);
        return parseOrReject('from', () => {
          const result = calendar.addWorkingDays(request.query.from, request.query.days);
          return { date: result.value, warnings: result.warnings };
        });
      },
    );
    app.get(
      '/api/calendar/days',
      {
        schema: {
          tags,
          summary: '日期详情 Days of a range (≤ 93 days)',
          querystring: Contract.GetCalendarDaysQuery,
          response: responses({ 200: Contract.GetCalendarDaysResponse }),
        },
      },
      async (request) => {
        authorize(request, 'organisation.read');
        const { from, to } = request.query;
        const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
        if (!(span >= 0 && span <= 93))
          throw invalid('to', '结束日期须在开始日期后 93 天内', '`to` must be within 93 days after `from`');
        const calendar = await loadWorkingCalendar(database.db);
        return parseOrReject('from', () =>
          Array.from({ length: span + 1 }, (_, i) =>
            calendar.dayInfo(new Date(Date.parse(from) + i * 86_400_000).toISOString().slice(0, 10)),
          ),
        );
      },
    );
    app.put(
      '/api/calendar/days/:date',
      {
        schema: {
          tags,
          summary: '设置某日 Override a date',
          params: Contract.DateParam,
          body: Contract.PutCalendarDaysByDateBody,
          response: responses({ 200: Contract.PutCalendarDaysByDateResponse }),
        },
      },
      async (request) =>
        setCalendarDay({
          database,
          actor: authorize(request, 'calendar.manage'),
          now: ctx.clock(),
          input: { date: request.params.date, ...request.body },
          followers,
        }),
    );
    app.delete(
      '/api/calendar/days/:date',
      {
        schema: {
          tags,
          summary: '取消设置 Remove an override',
          params: Contract.DateParam,
          response: responses({ 204: Type.Null() }),
        },
      },
      async (request, reply) => {
        await clearCalendarDay({
          database,
          actor: authorize(request, 'calendar.manage'),
          now: ctx.clock(),
          date: request.params.date,
          followers,
        });
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/api/calendar/year-schedules',
      {
        schema: {
          tags,
          summary: '录入年度节假日安排 Enter a year’s official schedule',
          body: Contract.PostCalendarYearSchedulesBody,
          response: responses({ 201: Contract.PostCalendarYearSchedulesResponse }),
        },
      },
      async (request, reply) => {
        const result = await enterYearSchedule({
          database,
          actor: authorize(request, 'calendar.manage'),
          now: ctx.clock(),
          input: request.body,
          followers,
        });
        return reply.status(201).send(result);
      },
    );
  };
}
