import { Card, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useDeadlines } from '../../api/inbox.ts';
import { useAuth } from '../../lib/auth.tsx';
import { useT } from '../../lib/i18n.ts';
import { DeadlineTable } from './DeadlineTable.tsx';

/** GOV-4: deadlines one answers for; overseers (justice, admin, auditors) can see the whole district's. */
export function DeadlinesPage() {
  const { t } = useT();
  const { me } = useAuth();
  const [scope, setScope] = useState<'mine' | 'district'>('mine');
  const canOversee = me && ['justice-officer', 'admin', 'auditor'].includes(me.role);
  const deadlines = useDeadlines(scope === 'mine' ? undefined : me?.district.code);
  return (
    <Card
      title={
        <Typography.Title level={1} style={{ fontSize: '1.3em', margin: 0 }}>
          {t('deadlines.title')}
        </Typography.Title>
      }
      extra={
        canOversee ? (
          <Segmented
            value={scope}
            onChange={(v) => setScope(v as 'mine' | 'district')}
            options={[
              { value: 'mine', label: t('deadlines.mine') },
              { value: 'district', label: t('deadlines.district') },
            ]}
          />
        ) : null
      }
    >
      <DeadlineTable deadlines={deadlines.data ?? []} />
    </Card>
  );
}
