import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, zh } from '../../web/src/lib/messages.ts';
import { auditActions } from '../platform/audit/actions.ts';
import { roles } from '../platform/auth/actor.ts';
import { permissions } from '../platform/auth/permissions.ts';
import { auditActionLabel, auditActionWords, auditSentence, roleWords } from './audit-sentences.ts';

const at = '2026-09-24T02:00:00.000Z';
const officer = { name: '王芳', role: 'case-officer', agency: '崂山区行政审批服务局' };

/**
 * Every quoted 'kind.verb' literal in the server's files that write the trail, whose kind is one the
 * trail records (permission names, which look alike, aside).
 */
function actionLiteralsInSource(): string[] {
  const root = path.resolve(import.meta.dirname, '..');
  const kinds = new Set(auditActions.map((a) => a.split('.')[0]));
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? files(path.join(dir, e.name))
        : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
          ? [path.join(dir, e.name)]
          : [],
    );
  const writers = files(root)
    .map((file) => readFileSync(file, 'utf8'))
    .filter((code) => /\b(recordAudit|AuditAction)\b/.test(code));
  const found = writers.flatMap((code) =>
    [...code.matchAll(/'([a-z]+(?:-[a-z]+)*)\.([a-z]+(?:-[a-z]+)*)'/g)]
      .map((m) => `${m[1]}.${m[2]}`)
      .filter(
        (literal) =>
          kinds.has(literal.split('.')[0]!) && !(permissions as readonly string[]).includes(literal),
      ),
  );
  return [...new Set(found)].sort();
}

describe('GOV-5 audit entries read as sentences', () => {
  it('has words for every action the platform records, and none for actions it does not', () => {
    expect(Object.keys(auditActionWords).sort()).toEqual([...auditActions].sort());
  });

  it('has words for every audit action written anywhere in src (not only those in the registry)', () => {
    const written = actionLiteralsInSource();
    expect(written).toEqual(expect.arrayContaining(['case.accepted', 'list.published', 'session.opened']));
    expect(written.filter((action) => !(action in auditActionWords))).toEqual([]);
  });

  it.each(auditActions)('%s reads as a sentence with no developer words', (action) => {
    const sentence = auditSentence({
      occurredAt: at,
      action,
      actor: officer,
      subject: { type: 'case', label: 'X' },
    });
    expect(sentence.zh).toMatch(/^2026-09-24 10:00，王芳（窗口人员，崂山区行政审批服务局）.+。$/);
    expect(sentence.zh).not.toMatch(/[a-z]/);
    expect(sentence.zh).not.toContain('{subject}');
    expect(sentence.en).toMatch(/^24 Sep 2026 10:00: 王芳 \(Case officer, 崂山区行政审批服务局\) [a-z].+\.$/);
    expect(auditActionLabel(action).zh).not.toMatch(/[a-z]/);
  });

  it('names a case by its number, a user by name, a list version by title and number', () => {
    expect(
      auditSentence({
        occurredAt: at,
        action: 'case.accepted',
        actor: officer,
        subject: { type: 'case', label: '370212-2026-000013' },
      }),
    ).toEqual({
      zh: '2026-09-24 10:00，王芳（窗口人员，崂山区行政审批服务局）受理了案件 370212-2026-000013。',
      en: '24 Sep 2026 10:00: 王芳 (Case officer, 崂山区行政审批服务局) accepted case 370212-2026-000013.',
    });
    expect(
      auditSentence({
        occurredAt: at,
        action: 'user.password-reset',
        actor: { name: '赵敏', role: 'admin', agency: null },
        subject: { type: 'user', label: '王芳（ls-officer）' },
      }).zh,
    ).toBe('2026-09-24 10:00，赵敏（系统管理员）重置了用户 王芳（ls-officer）的密码。');
    expect(
      auditSentence({
        occurredAt: at,
        action: 'list.published',
        actor: { name: '刘洋', role: 'justice-officer', agency: '崂山区司法局' },
        subject: {
          type: 'list-version',
          label: { zh: '「崂山区清单」第 3 版', en: '“崂山区清单” version 3' },
        },
      }),
    ).toEqual({
      zh: '2026-09-24 10:00，刘洋（司法行政人员，崂山区司法局）发布了清单「崂山区清单」第 3 版。',
      en: '24 Sep 2026 10:00: 刘洋 (Justice officer, 崂山区司法局) published list “崂山区清单” version 3.',
    });
    expect(
      auditSentence({
        occurredAt: at,
        action: 'inspection-plan.drafted',
        actor: officer,
        subject: { type: 'inspection-plan', label: '2026年第四季度抽查' },
      }).zh,
    ).toContain('制定了抽查计划「2026年第四季度抽查」');
  });

  it('names the platform’s own jobs in words, whatever name they recorded under', () => {
    const scan = auditSentence({
      occurredAt: at,
      action: 'reminders.written',
      actor: { name: 'deadline-scan', role: 'system', agency: null },
      subject: { type: 'deadline-scan', label: { zh: '2026年9月24日', en: '24 Sep 2026' } },
    });
    expect(scan.zh).toBe('2026-09-24 10:00，平台期限提醒（自动）发送了2026年9月24日的期限提醒。');
    const unknownJob = auditSentence({
      occurredAt: at,
      action: 'demo.loaded',
      actor: { name: 'some-new-job', role: 'system', agency: null },
      subject: { type: 'demo-data', label: '崂山区' },
    });
    expect(unknownJob.zh).toBe('2026-09-24 10:00，平台载入了崂山区的演示数据。');
  });

  it('falls back to plain words for an unknown action, object kind or name, never an id', () => {
    const sentence = auditSentence({
      occurredAt: at,
      action: 'widget.frobbed',
      actor: { name: 'ls-new', role: 'someone-new', agency: null },
      subject: { type: 'widget', label: null },
    });
    expect(sentence.zh).toBe('2026-09-24 10:00，ls-new（工作人员）处理了一项记录。');
    expect(sentence.en).toBe('24 Sep 2026 10:00: ls-new (Staff) made a change to a record.');
    expect(auditActionLabel('widget.frobbed')).toEqual({ zh: '其他操作', en: 'Other change' });
    expect(
      auditSentence({
        occurredAt: at,
        action: 'case.approved',
        actor: officer,
        subject: { type: 'case', label: null },
      }).zh,
    ).toBe('2026-09-24 10:00，王芳（窗口人员，崂山区行政审批服务局）对案件作出准予决定。');
  });

  it('names the roles as the interface does', () => {
    for (const role of roles) {
      expect(roleWords[role]).toEqual({
        zh: zh[`role.${role}` as keyof typeof zh],
        en: en[`role.${role}` as keyof typeof en],
      });
    }
  });
});
