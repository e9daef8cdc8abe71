import { Tag, Tooltip } from 'antd';
import { useCaseKeySupervision } from '../../api/supervision.ts';
import { formatDate } from '../../lib/dates.ts';
import { useSupervisionTexts } from './texts.ts';

/**
 * SUP-2: a case under key supervision today (its party, or an item it committed to) is marked for
 * staff, with the reasons on hover or focus. Nothing is asked for applicants (`enabled` false).
 */
export function KeySupervisionFlag({ caseId, enabled }: { caseId: string; enabled: boolean }) {
  const { st, language } = useSupervisionTexts();
  const entries = useCaseKeySupervision(caseId, { enabled });
  const active = (entries.data ?? []).filter((e) => e.active);
  if (!enabled || active.length === 0) return null;
  const reasons = active.map((e) =>
    st('flag.reason', {
      subject: st(`key.subject.${e.subject}`),
      name: e.subjectName,
      reason: e.reason,
      to: formatDate(e.endsOn, language),
    }),
  );
  return (
    <Tooltip
      trigger={['hover', 'focus']}
      title={
        <ul className="cn-sup-flag-reasons">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      }
    >
      <Tag
        color="volcano"
        tabIndex={0}
        data-testid="key-supervision-flag"
        aria-label={`${st('flag.label')}：${reasons.join('；')}`}
      >
        {st('flag.label')}
      </Tag>
    </Tooltip>
  );
}
