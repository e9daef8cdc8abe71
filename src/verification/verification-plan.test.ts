// VER-1: one verification task per committed proof, due the item's working days after the decision
// (SPEC §10 Clocks, the official calendar); exempt items go to supervision without a due date.
import { describe, expect, it } from 'vitest';
import type { ListItem } from '../common/list-item.ts';
import { createWorkingCalendar } from '../platform/calendar/working-days.ts';
import { planVerification } from './verification-plan.ts';

const calendar = createWorkingCalendar();

const item = (name: string, over: Partial<ListItem> = {}): ListItem => ({
  key: `key-${name}`,
  name,
  proves: '',
  field: '社会保险',
  administrativeMatter: '职业资格考试报名',
  administrativeMatterKind: '其他',
  handlingAgency: '崂山区人力资源和社会保障局',
  issuingBody: '发证机关',
  legalBasis: '依据',
  verification: 'online',
  assistingAgency: null,
  timeLimitWorkingDays: 5,
  standard: '一致',
  method: '通过电子证照库核查',
  disclosure: false,
  remarks: '',
  ...over,
});

describe('VER-1 verification plan', () => {
  it('VER-1: due date = decision date + the item’s working days, across 中秋 and National Day 2026', () => {
    // 09-24 (Thu) + 5: (09-25…27 中秋) 09-28, 09-29, 09-30, (10-01…10-07 国庆) 10-08, 10-09.
    const [task] = planVerification([{ commitmentId: 'c1', item: item('学历证明') }], '2026-09-24', calendar);
    expect(task).toEqual({
      commitmentId: 'c1',
      proofName: '学历证明',
      kind: 'verification',
      verification: 'online',
      method: '通过电子证照库核查',
      assistingAgency: null,
      due: { dueDate: '2026-10-09', countedFrom: '2026-09-24', workingDays: 5, provisional: false },
    });
    expect(task!.due?.dueDate).toBe(calendar.addWorkingDays('2026-09-24', 5).value);
  });

  it('VER-1: counts working days only: 09-24 + 1 is Monday after 中秋; 10-09 + 1 is the make-up Saturday', () => {
    const oneDay = item('营业执照', { timeLimitWorkingDays: 1 });
    expect(
      planVerification([{ commitmentId: 'c', item: oneDay }], '2026-09-24', calendar)[0]!.due?.dueDate,
    ).toBe('2026-09-28');
    expect(
      planVerification([{ commitmentId: 'c', item: oneDay }], '2026-10-09', calendar)[0]!.due?.dueDate,
    ).toBe('2026-10-10');
  });

  it('VER-1: one task per committed proof, each with its item’s method, class and assisting agency', () => {
    const tasks = planVerification(
      [
        { commitmentId: 'c1', item: item('学历证明') },
        {
          commitmentId: 'c2',
          item: item('无犯罪记录证明', {
            verification: 'assistance',
            assistingAgency: '青岛市公安局崂山分局',
            timeLimitWorkingDays: 10,
            method: '发函请公安机关协助核查',
          }),
        },
        { commitmentId: 'c3', item: item('经营场所证明', { verification: 'on-site', method: '' }) },
      ],
      '2026-09-24',
      calendar,
    );
    expect(tasks.map((t) => [t.commitmentId, t.kind, t.verification, t.assistingAgency])).toEqual([
      ['c1', 'verification', 'online', null],
      ['c2', 'verification', 'assistance', '青岛市公安局崂山分局'],
      ['c3', 'verification', 'on-site', null],
    ]);
    expect(tasks[1]!.method).toBe('发函请公安机关协助核查');
    expect(tasks[1]!.due?.dueDate).toBe(calendar.addWorkingDays('2026-09-24', 10).value);
    // an item without a method of its own is verified by its class
    expect(tasks[2]!.method).toBe('现场核查');
  });

  it('VER-1: an exempt item is marked for supervision, with no due date', () => {
    const [task] = planVerification(
      [
        {
          commitmentId: 'c9',
          item: item('工作年限证明', { verification: 'exempt', timeLimitWorkingDays: 0 }),
        },
      ],
      '2026-09-24',
      calendar,
    );
    expect(task).toMatchObject({
      commitmentId: 'c9',
      kind: 'supervision',
      verification: 'exempt',
      due: null,
    });
  });

  it('VER-1: no commitment, no task', () => {
    expect(planVerification([], '2026-09-24', calendar)).toEqual([]);
  });
});
