// VER-1: one verification task per committed proof, due the item's working days after the decision
// (SPEC §10 Clocks, the official calendar); exempt items go to supervision without a due date.
import { describe, expect, it } from 'vitest';
import type { ListItem } from '../common/list-item.ts';
import { createWorkingCalendar } from '../platform/calendar/working-days.ts';
import { type PartyCredit, planVerification } from './verification-plan.ts';

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
      creditReason: null,
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

describe('VER-1 CRED-3 the party’s credit grade decides how online checks are made', () => {
  const credit = (value: 'A' | 'B' | 'C' | 'D'): PartyCredit => ({
    grade: { value, reason: '', reasonEn: '', ruleVersion: 2 },
    rulebook: { version: 2, gradeMethods: { C: 'assistance', D: 'on-site' } },
  });
  const online = item('学历证明');
  const withAgency = item('社保缴纳证明', { assistingAgency: '崂山区社会保险事业中心' });
  const plan = (items: ListItem[], grade: 'A' | 'B' | 'C' | 'D') =>
    planVerification(
      items.map((it, i) => ({ commitmentId: `c${i}`, item: it })),
      '2026-09-24',
      calendar,
      credit(grade),
    );

  it('VER-1 CRED-3: grade C turns an online check into assistance by the item’s assisting agency, saying why', () => {
    const [task] = plan([withAgency], 'C');
    expect(task).toMatchObject({
      verification: 'assistance',
      assistingAgency: '崂山区社会保险事业中心',
      creditReason: '申请人信用等级为C（失信），按本区信用规则第2版改为协查（崂山区社会保险事业中心）',
    });
    expect(task!.method).toBe(
      '行政协助：申请人信用等级为C（失信），按本区信用规则第2版改为协查（崂山区社会保险事业中心）（原核查方法：通过电子证照库核查）',
    );
    // the item's time limit still applies
    expect(task!.due?.dueDate).toBe('2026-10-09');
  });

  it('VER-1 CRED-3: without an assisting agency, assistance becomes on site; grade D is on site', () => {
    expect(plan([online], 'C')[0]).toMatchObject({
      verification: 'on-site',
      assistingAgency: null,
      creditReason:
        '申请人信用等级为C（失信），按本区信用规则第2版应改为协查，该证明事项未指定协助单位，改为现场核查',
    });
    expect(plan([withAgency], 'D')[0]).toMatchObject({
      verification: 'on-site',
      assistingAgency: null,
      creditReason: '申请人信用等级为D（严重失信），按本区信用规则第2版改为现场核查',
    });
  });

  it('VER-1 CRED-3: grades the rules give no method for, and items not checked online, keep their own', () => {
    for (const grade of ['A', 'B'] as const)
      expect(plan([online], grade)[0]).toMatchObject({
        verification: 'online',
        method: '通过电子证照库核查',
        creditReason: null,
      });
    const [onSite, exempt] = plan(
      [item('场所证明', { verification: 'on-site' }), item('工作年限证明', { verification: 'exempt' })],
      'D',
    );
    expect(onSite).toMatchObject({ verification: 'on-site', creditReason: null });
    expect(exempt).toMatchObject({ kind: 'supervision', verification: 'exempt', creditReason: null });
  });
});
