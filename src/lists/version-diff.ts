import { comparedFields, type ListItem } from '../common/list-item.ts';

export interface FieldChange {
  field: (typeof comparedFields)[number];
  from: unknown;
  to: unknown;
}

export interface VersionDiff {
  added: ListItem[];
  removed: ListItem[];
  changed: { key: string; name: string; administrativeMatter: string; changes: FieldChange[] }[];
  unchanged: number;
}

/** LIST-4: what changed between two versions, item by item (items keep their key across versions). */
export function diffVersions(from: readonly ListItem[], to: readonly ListItem[]): VersionDiff {
  const before = new Map(from.map((item) => [item.key, item]));
  const after = new Map(to.map((item) => [item.key, item]));
  const diff: VersionDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const item of to) {
    const old = before.get(item.key);
    if (!old) {
      diff.added.push(item);
      continue;
    }
    const changes = fieldChanges(old, item);
    if (changes.length === 0) diff.unchanged++;
    else
      diff.changed.push({
        key: item.key,
        name: item.name,
        administrativeMatter: item.administrativeMatter,
        changes,
      });
  }
  diff.removed = from.filter((item) => !after.has(item.key));
  return diff;
}

/** The compared fields whose values differ between two states of one item. */
export function fieldChanges(from: Partial<ListItem>, to: Partial<ListItem>): FieldChange[] {
  return comparedFields
    .filter((field) => field in to && (from[field] ?? null) !== (to[field] ?? null))
    .map((field) => ({ field, from: from[field] ?? null, to: to[field] ?? null }));
}
