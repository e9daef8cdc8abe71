import { Alert, Button, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { attachProofFile, withdrawCommitment } from '../../api/cases.ts';
import { recordFinding } from '../../api/verification.ts';
import { useAuth } from '../../lib/auth.tsx';
import { VerificationTag } from '../lists/VerificationTag.tsx';
import { verificationPages } from '../verification/model.ts';
import { FileUpload } from './FileUpload.tsx';
import { formatSize } from './model.ts';
import { CommitmentStateTag } from './StateTags.tsx';
import { useCaseTexts } from './texts.ts';
import type { CaseDetail, CaseProof, UploadedFile } from './types.ts';
import type { useCaseChange } from './useCaseChange.ts';

/**
 * CASE-1/4/5 on the case page: each proof with its listing, choice, disclosure, commitment and file.
 * Until the decision the applicant's side may withdraw a commitment and submit the proof instead
 * (CASE-5), and attach the file of a proof still missing one.
 */
export function CaseProofs({
  caseData,
  applicantSide,
  change,
}: {
  caseData: CaseDetail;
  applicantSide: boolean;
  change: ReturnType<typeof useCaseChange>;
}) {
  const { ct } = useCaseTexts();
  const [withdrawing, setWithdrawing] = useState<CaseProof | null>(null);
  const [attaching, setAttaching] = useState<CaseProof | null>(null);
  const [file, setFile] = useState<UploadedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [finding, setFinding] = useState<CaseProof | null>(null);
  const [form] = Form.useForm<{ reason?: string }>();
  const [findingForm] = Form.useForm<{ finding: string }>();
  const navigate = useNavigate();
  const { me } = useAuth();
  const open = caseData.proofsOpen && applicantSide;
  // SUP-3: before the decision, the handling officer may find a signed commitment false.
  const mayFind = me!.role === 'case-officer' && caseData.allowedActions.includes('terminate');

  const close = () => {
    setWithdrawing(null);
    setAttaching(null);
    setFile(null);
    setFileError(null);
  };

  const withdraw = async () => {
    if (!withdrawing) return;
    const { reason } = await form.validateFields();
    const ok = await change.send(
      (at) =>
        withdrawCommitment(at, withdrawing.id, { reason: reason?.trim() ?? '', fileId: file?.id ?? null }),
      form,
      ct('withdraw.done'),
    );
    if (ok) close();
  };

  const findFalse = async () => {
    const commitmentId = finding?.commitment?.id;
    if (!commitmentId) return;
    const { finding: text } = await findingForm.validateFields();
    const handling = await change.send(
      () => recordFinding({ commitmentId, finding: text.trim() }),
      findingForm,
      ct('finding.done'),
    );
    if (!handling) return;
    setFinding(null);
    void navigate(verificationPages.handling(handling.id));
  };

  const attach = async () => {
    if (!attaching) return;
    if (!file) return setFileError(ct('proof.needFile'));
    const ok = await change.send(
      (at) => attachProofFile(at, attaching.id, { fileId: file.id }),
      null,
      ct('attach.done'),
    );
    if (ok) close();
  };

  return (
    <>
      <Table<CaseProof>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={caseData.proofs}
        data-testid="case-proofs"
        scroll={{ x: 900 }}
        columns={[
          {
            title: ct('col.proof'),
            key: 'proof',
            render: (_, p) => <strong>{p.proofName}</strong>,
          },
          {
            title: ct('col.listed'),
            key: 'listed',
            width: 170,
            render: (_, p) =>
              p.item ? (
                <Space size={4} wrap>
                  <Tag color="green">{ct('listed.yes')}</Tag>
                  <VerificationTag value={p.item.verification} />
                </Space>
              ) : (
                <Tag>{ct('listed.no')}</Tag>
              ),
          },
          {
            title: ct('col.choice'),
            key: 'choice',
            width: 100,
            render: (_, p) => (
              <Tag color={p.choice === 'commit' ? 'red' : 'blue'}>
                {ct(p.choice === 'commit' ? 'choice.commit' : 'choice.upload')}
              </Tag>
            ),
          },
          {
            title: ct('col.disclosure'),
            key: 'disclosure',
            width: 110,
            render: (_, p) =>
              p.disclosure ? (
                <Tag color={p.disclosure === 'consent' ? 'purple' : 'default'}>
                  {ct(p.disclosure === 'consent' ? 'disclosure.consent' : 'disclosure.refuse')}
                </Tag>
              ) : (
                '—'
              ),
          },
          {
            title: ct('col.commitment'),
            key: 'commitment',
            width: 150,
            render: (_, p) =>
              p.commitment ? (
                <CommitmentStateTag state={p.commitment.state} />
              ) : p.lastCommitment ? (
                <span title={p.lastCommitment.stateNote ?? undefined}>
                  <CommitmentStateTag state={p.lastCommitment.state} />
                </span>
              ) : (
                '—'
              ),
          },
          {
            title: ct('col.file'),
            key: 'file',
            render: (_, p) =>
              p.file ? (
                <span className="cn-case-file" title={`SM3 ${p.file.sm3}`}>
                  <a href={p.file.url} target="_blank" rel="noreferrer">
                    {p.file.fileName}
                  </a>
                  <Typography.Text type="secondary"> · {formatSize(p.file.size)}</Typography.Text>
                </span>
              ) : p.choice === 'upload' ? (
                <Tag color="orange">{ct('file.missing')}</Tag>
              ) : (
                '—'
              ),
          },
          ...(mayFind && caseData.proofs.some((p) => p.commitment?.state === 'signed')
            ? [
                {
                  title: ct('col.finding'),
                  key: 'finding',
                  width: 130,
                  render: (_: unknown, p: CaseProof) =>
                    p.commitment?.state === 'signed' ? (
                      <Button
                        size="small"
                        danger
                        onClick={() => {
                          findingForm.resetFields();
                          setFinding(p);
                        }}
                      >
                        {ct('proof.findFalse')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
          ...(open
            ? [
                {
                  title: ct('col.actions'),
                  key: 'actions',
                  width: 190,
                  render: (_: unknown, p: CaseProof) => (
                    <Space size={4} wrap>
                      {p.choice === 'commit' && p.commitment?.state === 'signed' && (
                        <Button
                          size="small"
                          onClick={() => {
                            form.resetFields();
                            setWithdrawing(p);
                          }}
                        >
                          {ct('proof.withdraw')}
                        </Button>
                      )}
                      {p.choice === 'upload' && !p.file && (
                        <Button size="small" type="primary" onClick={() => setAttaching(p)}>
                          {ct('proof.attach')}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {!caseData.proofsOpen && applicantSide && (
        <Typography.Paragraph type="secondary" className="cn-case-note">
          {ct('case.proofsClosed')}
        </Typography.Paragraph>
      )}
      <Modal
        open={withdrawing !== null}
        title={withdrawing ? ct('withdraw.title', { proof: withdrawing.proofName }) : ''}
        okText={ct('withdraw.ok')}
        okButtonProps={{ loading: change.busy }}
        onOk={() => void withdraw().catch(() => undefined)}
        onCancel={close}
        destroyOnHidden
      >
        <Alert type="info" showIcon className="cn-case-inline-alert" title={ct('withdraw.intro')} />
        <Form form={form} layout="vertical" name="withdraw-commitment">
          <Form.Item name="reason" label={ct('withdraw.reason')}>
            <Input.TextArea
              autoSize={{ minRows: 2 }}
              maxLength={500}
              placeholder={ct('withdraw.reasonPlaceholder')}
            />
          </Form.Item>
          <Form.Item label={ct('withdraw.file')} extra={ct('withdraw.fileHelp')}>
            {withdrawing && (
              <FileUpload
                districtCode={caseData.districtCode}
                value={file}
                onChange={setFile}
                label={withdrawing.proofName}
                testId="withdraw-upload"
              />
            )}
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={finding !== null}
        title={finding ? ct('finding.title', { proof: finding.proofName }) : ''}
        okText={ct('finding.ok')}
        okButtonProps={{ danger: true, loading: change.busy }}
        onOk={() => void findFalse().catch(() => undefined)}
        onCancel={() => setFinding(null)}
        destroyOnHidden
      >
        <Alert type="warning" showIcon className="cn-case-inline-alert" title={ct('finding.intro')} />
        <Form form={findingForm} layout="vertical" name="false-finding" preserve={false}>
          <Form.Item
            name="finding"
            label={ct('finding.label')}
            rules={[{ required: true, whitespace: true, message: ct('finding.label') }]}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={attaching !== null}
        title={attaching ? ct('attach.title', { proof: attaching.proofName }) : ''}
        okText={ct('attach.ok')}
        okButtonProps={{ loading: change.busy }}
        onOk={() => void attach()}
        onCancel={close}
        destroyOnHidden
      >
        {attaching && (
          <FileUpload
            districtCode={caseData.districtCode}
            value={file}
            onChange={(f) => {
              setFile(f);
              setFileError(null);
            }}
            label={attaching.proofName}
            error={fileError}
            testId="attach-upload"
          />
        )}
      </Modal>
    </>
  );
}
