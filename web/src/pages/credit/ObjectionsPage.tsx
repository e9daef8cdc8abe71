import { maskIdentifier } from '@common/identifiers/index.ts';
import { Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Answer } from '../../api/answers.ts';
import { decideObjection, useObjectionQueue } from '../../api/credit.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { DecideModal, type Decision } from './DecideModal.tsx';
import { DueOn, Evidence } from './Evidence.tsx';
import { OfficePage } from './OfficePage.tsx';
import { useOfficeTexts } from './office-texts.ts';

type Row = Answer<'/api/credit/objections'>[number];
const stateColors = { 'under-review': 'gold', kept: 'default', corrected: 'green' } as const;

/**
 * CRED-5: objections to records and findings, kept or corrected with an answer — never by the officer
 * who made the finding (the buttons say so instead).
 */
export function ObjectionsPage() {
  const { ot, language } = useOfficeTexts();
  const objections = useObjectionQueue();
  const [decision, setDecision] = useState<Decision | null>(null);
  const decide = (row: Row, outcome: 'kept' | 'corrected') =>
    setDecision({
      title: ot(outcome === 'kept' ? 'objections.keepTitle' : 'objections.correctTitle'),
      label: ot('objections.answer'),
      help: ot('objections.answerHelp'),
      ok: ot(outcome === 'kept' ? 'objections.keep' : 'objections.correct'),
      done: ot('objections.done'),
      send: (answer) => decideObjection(row.id, { outcome, answer }),
    });
  return (
    <OfficePage
      title={ot('objections.title')}
      intro={ot('objections.intro')}
      read={objections}
      testId="credit-objections-page"
      dialogs={<DecideModal decision={decision} onClose={() => setDecision(null)} />}
    >
      {(rows) => (
        <Table<Row>
          rowKey="id"
          size="small"
          dataSource={rows}
          data-testid="credit-objections"
          scroll={{ x: 1380 }}
          pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          locale={{ emptyText: ot('common.empty') }}
          columns={[
            {
              title: ot('objections.col.filedAt'),
              key: 'at',
              width: 150,
              render: (_, o) => formatDateTime(o.filedAt, language),
            },
            {
              title: ot('common.party'),
              key: 'party',
              width: 170,
              render: (_, o) => (
                <>
                  {o.partyName}
                  <div className="cn-case-muted">{maskIdentifier(o.identifier)}</div>
                </>
              ),
            },
            { title: ot('objections.col.subject'), dataIndex: 'subject', key: 'subject', width: 240 },
            { title: ot('objections.col.reasons'), dataIndex: 'reasons', key: 'reasons', width: 240 },
            {
              title: ot('common.evidence'),
              key: 'evidence',
              width: 100,
              render: (_, o) => <Evidence files={o.evidence} />,
            },
            {
              title: ot('common.due'),
              key: 'due',
              width: 150,
              render: (_, o) => <DueOn date={o.dueOn} open={o.state === 'under-review'} />,
            },
            {
              title: ot('common.state'),
              key: 'state',
              width: 220,
              render: (_, o) => (
                <>
                  <Tag color={stateColors[o.state]}>{ot(`objectionState.${o.state}`)}</Tag>
                  {o.answer && <div className="cn-case-muted">{o.answer}</div>}
                </>
              ),
            },
            {
              title: ot('common.actions'),
              key: 'actions',
              width: 160,
              fixed: 'right',
              render: (_, o) =>
                o.state === 'under-review' && (
                  <Space size={4} wrap>
                    <Button size="small" disabled={!o.mayDecide} onClick={() => decide(o, 'kept')}>
                      {ot('objections.keep')}
                    </Button>
                    <Button
                      size="small"
                      type="primary"
                      disabled={!o.mayDecide}
                      onClick={() => decide(o, 'corrected')}
                    >
                      {ot('objections.correct')}
                    </Button>
                    {!o.mayDecide && (
                      <span className="cn-case-muted" data-testid="objection-own">
                        {ot('objections.own')}
                      </span>
                    )}
                  </Space>
                ),
            },
          ]}
        />
      )}
    </OfficePage>
  );
}
