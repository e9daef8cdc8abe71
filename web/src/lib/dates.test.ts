import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// (the helper re-exports these; vitest's projects do not resolve the web's @common alias)
import { formatDate, formatDateTime } from '../../../src/common/dates.ts';

// One date format everywhere: pages format dates through lib/dates.ts only. Each pattern is a way a
// page once wrote a date its own way.
const otherWays = [
  /toLocale(Date|Time)?String\(/,
  /Intl\.DateTimeFormat/,
  // (a picked day sent to the API as 'YYYY-MM-DD' is data, not a date shown)
  /\.format\(\s*['"`](?!YYYY-MM-DD['"`])[^'"`]*(YYYY|MM|DD|HH)/,
  /\.(slice|substring)\(0, (10|16|-3)\)/,
];

const source = path.resolve(import.meta.dirname, '..');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(path.join(dir, e.name))
      : /\.tsx?$/.test(e.name) && !/\.(test|d)\.ts$/.test(e.name)
        ? [path.join(dir, e.name)]
        : [],
  );

describe('dates on pages', () => {
  it('are written by the one helper (2026年12月7日, 2026-12-07 14:30)', () => {
    expect(formatDate('2026-12-07', 'zh')).toBe('2026年12月7日');
    expect(formatDateTime('2026-12-07T06:30:00Z', 'zh')).toBe('2026-12-07 14:30');
  });

  it('are formatted nowhere else in web/src', () => {
    const offences = files(source).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          otherWays.some((way) => way.test(line))
            ? [`${path.relative(source, file)}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(offences).toEqual([]);
  });
});
