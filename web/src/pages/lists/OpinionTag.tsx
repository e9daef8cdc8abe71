import { Space, Tag, Typography } from 'antd';
import type { Answer } from '../../api/answers.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { useT } from '../../lib/i18n.ts';

type Opinion = NonNullable<Answer<'/api/lists/exemptions'>[number]['regulatorOpinion']>;

/** An opinion recorded: agreed or not, its text, who recorded it and when. */
export function OpinionTag({ opinion, brief = false }: { opinion: Opinion | null; brief?: boolean }) {
  const { t, language } = useT();
  if (!opinion) return <Tag color="orange">{t('exemptions.pending')}</Tag>;
  if (brief)
    return (
      <Tag color={opinion.agrees ? 'green' : 'red'}>
        {t(opinion.agrees ? 'exemptions.agreed' : 'exemptions.disagreed')}
      </Tag>
    );
  return (
    <Space direction="vertical" size={0}>
      <Tag color={opinion.agrees ? 'green' : 'red'}>
        {t(opinion.agrees ? 'exemptions.agreed' : 'exemptions.disagreed')}
      </Tag>
      <Typography.Text>{opinion.opinion}</Typography.Text>
      <Typography.Text type="secondary">
        {t('exemptions.recordedBy', {
          by: `${opinion.agency} ${opinion.recordedBy}`,
          at: formatDateTime(opinion.recordedAt, language),
        })}
      </Typography.Text>
    </Space>
  );
}
