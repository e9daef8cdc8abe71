import { Button, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Answer } from '../../api/answers.ts';
import { useCreditRules } from '../../api/credit.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { gradeColors } from './model.ts';
import { OfficePage } from './OfficePage.tsx';
import { useOfficeTexts } from './office-texts.ts';
import { RulesModal } from './RulesModal.tsx';

type Rules = Answer<'/api/credit/rules'>;
type Category = Rules['current']['categories'][number];
type Version = Rules['versions'][number];

function Punishments({ p }: { p: Category['punishments'] }) {
  const { ot } = useOfficeTexts();
  const tags = [
    p.noCommitment && (
      <Tag key="c" color="red">
        {ot('rules.noCommitment')}
      </Tag>
    ),
    p.keySupervision && (
      <Tag key="k" color="orange">
        {ot('rules.keySupervision')}
      </Tag>
    ),
    p.samplingRaise > 0 && <Tag key="s">{ot('rules.samplingRaise', { n: p.samplingRaise })}</Tag>,
  ].filter(Boolean);
  return tags.length ? (
    <Space size={[0, 4]} wrap>
      {tags}
    </Space>
  ) : (
    <span>{ot('rules.noPunishment')}</span>
  );
}

/** CRED-2: the rulebook in force as tables, its versions, and publishing the next one. */
export function RulesPage() {
  const { ot, language } = useOfficeTexts();
  const rules = useCreditRules();
  const [editing, setEditing] = useState(false);
  const en = language === 'en';
  return (
    <OfficePage
      title={ot('rules.title')}
      intro={ot('rules.intro')}
      read={rules}
      testId="credit-rules-page"
      extra={
        <Button type="primary" disabled={!rules.data} onClick={() => setEditing(true)}>
          {ot('rules.publish')}
        </Button>
      }
      dialogs={
        rules.data && (
          <RulesModal current={rules.data.current} open={editing} onClose={() => setEditing(false)} />
        )
      }
    >
      {({ current, versions }) => (
        <>
          <Typography.Title level={2} className="cn-case-h2 cn-credit-h2" data-testid="rules-current">
            {ot('rules.current', { n: current.version })}
          </Typography.Title>
          <Typography.Title level={3} className="cn-case-h2 cn-credit-h2">
            {ot('rules.categories')}
          </Typography.Title>
          <Table<Category>
            rowKey="code"
            size="small"
            dataSource={current.categories}
            data-testid="rules-categories"
            pagination={false}
            scroll={{ x: 1240 }}
            columns={[
              {
                title: ot('rules.col.category'),
                key: 'name',
                width: 160,
                render: (_, c) => <strong>{en ? c.nameEn : c.name}</strong>,
              },
              {
                title: ot('rules.col.grade'),
                key: 'grade',
                width: 70,
                render: (_, c) => <Tag color={gradeColors[c.grade]}>{c.grade}</Tag>,
              },
              { title: ot('rules.col.criteria'), dataIndex: 'criteria', key: 'criteria', width: 240 },
              {
                title: ot('rules.col.punishments'),
                key: 'punishments',
                width: 220,
                render: (_, c) => <Punishments p={c.punishments} />,
              },
              { title: ot('rules.col.duration'), dataIndex: 'durationMonths', key: 'duration', width: 100 },
              {
                title: ot('rules.col.waiting'),
                dataIndex: 'repairWaitingMonths',
                key: 'waiting',
                width: 120,
              },
              { title: ot('rules.col.basis'), dataIndex: 'basis', key: 'basis', width: 320 },
            ]}
          />
          <Typography.Title level={3} className="cn-case-h2 cn-credit-h2">
            {ot('rules.general')}
          </Typography.Title>
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, md: 2 }}
            data-testid="rules-general"
            items={[
              { key: 'recent', label: ot('rules.recentMonths'), children: current.recentMonths },
              {
                key: 'grades',
                label: ot('rules.commitmentGrades'),
                children: current.commitmentGrades.join('、'),
              },
              {
                key: 'methods',
                label: ot('rules.gradeMethods'),
                children:
                  Object.entries(current.gradeMethods)
                    .map(([grade, method]) => ot(`rules.method.${method}`, { grade }))
                    .join('；') || ot('common.none'),
              },
              { key: 'repair', label: ot('rules.repairDays'), children: current.repairDecisionWorkingDays },
              {
                key: 'objection',
                label: ot('rules.objectionDays'),
                children: current.objectionReviewWorkingDays,
              },
              { key: 'note', label: ot('rules.note'), children: current.note || '—' },
            ]}
          />
          <Typography.Title level={3} className="cn-case-h2 cn-credit-h2">
            {ot('rules.versions')}
          </Typography.Title>
          <Table<Version>
            rowKey="version"
            size="small"
            dataSource={versions}
            data-testid="rules-versions"
            pagination={false}
            columns={[
              {
                title: ot('rules.col.version'),
                key: 'version',
                width: 90,
                render: (_, v) => ot('rules.v', { n: v.version }),
              },
              { title: ot('rules.col.reason'), dataIndex: 'reason', key: 'reason' },
              {
                title: ot('rules.col.publishedAt'),
                key: 'at',
                width: 160,
                render: (_, v) => formatDateTime(v.publishedAt, language),
              },
              {
                title: ot('rules.col.publishedBy'),
                key: 'by',
                width: 120,
                render: (_, v) => v.publishedBy ?? '—',
              },
            ]}
          />
        </>
      )}
    </OfficePage>
  );
}
