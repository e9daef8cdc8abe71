import { Statistic } from 'antd';
import type { ReactNode } from 'react';
import { palette } from '../../theme.ts';

/** One count; an alarming one (overdue, false) in the error colour once it is above zero. */
export function Figure({
  title,
  value,
  alarm = false,
  suffix,
}: {
  title: ReactNode;
  value: number | string;
  alarm?: boolean;
  suffix?: ReactNode;
}) {
  const red = alarm && typeof value === 'number' && value > 0;
  return (
    <Statistic
      title={title}
      value={value}
      suffix={suffix}
      styles={red ? { content: { color: palette.error } } : undefined}
    />
  );
}
