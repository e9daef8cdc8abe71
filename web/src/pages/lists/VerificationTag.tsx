import { type VerificationClass, verificationClasses } from '@common/list-item.ts';
import { Tag } from 'antd';
import { usePreferences } from '../../lib/preferences.tsx';

const colours: Record<VerificationClass, string> = {
  online: 'blue',
  'on-site': 'orange',
  assistance: 'purple',
  exempt: 'green',
};

/** LIST-5's verification class as a coloured tag, with the assisting agency when there is one. */
export function VerificationTag({
  value,
  assisting,
}: {
  value: VerificationClass;
  assisting?: string | null;
}) {
  const { language } = usePreferences();
  return (
    <Tag color={colours[value]}>
      {verificationClasses[value][language]}
      {assisting ? `（${assisting}）` : ''}
    </Tag>
  );
}
