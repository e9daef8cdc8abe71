// LIST-4: the differences between two published versions, item by item.
import { describe, expect, it } from 'vitest';
import type { ListItem } from '../common/list-item.ts';
import { diffVersions, fieldChanges } from './version-diff.ts';

const item = (key: string, over: Partial<ListItem> = {}): ListItem => ({
  key,
  name: `证明${key}`,
  proves: '',
  field: '社会保险',
  administrativeMatter: '失业保险金申领',
  administrativeMatterKind: '行政给付',
  handlingAgency: '崂山区人力资源和社会保障局',
  issuingBody: '用人单位',
  legalBasis: '《失业保险条例》',
  verification: 'online',
  assistingAgency: null,
  timeLimitWorkingDays: 2,
  standard: '标准',
  method: '方法',
  disclosure: false,
  remarks: '',
  ...over,
});

describe('LIST-4 diffVersions: added, removed and changed items between two versions', () => {
  it('finds items added and removed by key, and counts the unchanged ones', () => {
    const diff = diffVersions([item('a'), item('b'), item('c')], [item('a'), item('c'), item('d')]);
    expect(diff.added.map((i) => i.key)).toEqual(['d']);
    expect(diff.removed.map((i) => i.key)).toEqual(['b']);
    expect(diff.changed).toEqual([]);
    expect(diff.unchanged).toBe(2);
  });

  it('lists each changed field with its old and new value, in the order the public diff shows them', () => {
    const before = item('a', { verification: 'assistance', assistingAgency: '青岛市公安局崂山分局' });
    const after = item('a', {
      verification: 'online',
      assistingAgency: null,
      timeLimitWorkingDays: 1,
      disclosure: true,
    });
    const diff = diffVersions([before], [after]);
    expect(diff.unchanged).toBe(0);
    expect(diff.changed).toEqual([
      {
        key: 'a',
        name: '证明a',
        administrativeMatter: '失业保险金申领',
        changes: [
          { field: 'verification', from: 'assistance', to: 'online' },
          { field: 'assistingAgency', from: '青岛市公安局崂山分局', to: null },
          { field: 'timeLimitWorkingDays', from: 2, to: 1 },
          { field: 'disclosure', from: false, to: true },
        ],
      },
    ]);
  });

  it('keys items by key, not by name: a renamed item is changed, not removed and added', () => {
    const diff = diffVersions([item('a')], [item('a', { name: '新名称' })]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed[0]!.changes).toEqual([{ field: 'name', from: '证明a', to: '新名称' }]);
  });

  it('compares identical versions as all unchanged, and an empty version as everything removed', () => {
    const items = [item('a'), item('b')];
    expect(diffVersions(items, items)).toEqual({ added: [], removed: [], changed: [], unchanged: 2 });
    expect(diffVersions(items, []).removed).toHaveLength(2);
    expect(diffVersions([], items).added).toHaveLength(2);
  });

  it('fieldChanges compares only the fields present on the new side (a partial preview)', () => {
    const before = item('a');
    expect(fieldChanges(before, { timeLimitWorkingDays: 1 })).toEqual([
      { field: 'timeLimitWorkingDays', from: 2, to: 1 },
    ]);
    expect(fieldChanges(before, { timeLimitWorkingDays: 2 })).toEqual([]);
    // null and a missing value compare equal; the item's key and proves are not compared fields
    expect(fieldChanges({ assistingAgency: null }, { assistingAgency: undefined })).toEqual([]);
    expect(fieldChanges(before, { key: 'other', proves: 'x' })).toEqual([]);
  });
});
