import { type ConflictKind, conflictKindLabels, conflictKinds } from '@common/inspection-plan-states.ts';
import { Alert, Button, Form, Input, Modal, Select, Switch, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { Answer } from '../../api/answers.ts';
import { ApiError } from '../../api/errors.ts';
import { addInspector, changeInspector, declareConflict, importInspectors } from '../../api/supervision.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { FormModal } from './FormModal.tsx';
import { anyIdentifierRule, type Inspector } from './model.ts';
import { useSupervisionTexts } from './texts.ts';
import { useSupervisionChange } from './useSupervisionChange.ts';

interface InspectorValues {
  agencyId: string;
  name: string;
  certificateNo: string;
  fields: string[];
  active: boolean;
}

/** SUP-1: adds an inspector to a pool the user keeps, or changes one (`inspector`). */
export function InspectorModal({
  open,
  district,
  inspector,
  agencies,
  fieldOptions,
  onClose,
}: {
  open: boolean;
  district: string;
  inspector: Inspector | null;
  /** The agencies whose pools the user keeps (an admin: every agency of the district). */
  agencies: { id: string; name: string }[];
  /** 执法领域 already used in the district, offered as choices. */
  fieldOptions: string[];
  onClose: () => void;
}) {
  const { st } = useSupervisionTexts();
  const [form] = Form.useForm<InspectorValues>();
  const change = useSupervisionChange();
  const save = async () => {
    const values = await form.validateFields();
    const body = {
      agencyId: values.agencyId,
      name: values.name.trim(),
      certificateNo: values.certificateNo.trim(),
      fields: (values.fields ?? []).map((f) => f.trim()).filter(Boolean),
      active: values.active,
    };
    const ok = await change.send(
      () =>
        inspector
          ? changeInspector(district, inspector.id, { ...body, revision: inspector.revision })
          : addInspector({ district }, body),
      form,
      st(inspector ? 'inspectors.changed' : 'inspectors.added'),
    );
    if (ok) onClose();
  };
  return (
    <FormModal
      open={open}
      title={st(inspector ? 'inspectors.editTitle' : 'inspectors.addTitle')}
      okText={st('common.save')}
      busy={change.busy}
      onSave={save}
      onCancel={onClose}
      width={560}
    >
      <Form<InspectorValues>
        form={form}
        layout="vertical"
        name="inspector"
        preserve={false}
        initialValues={
          inspector
            ? {
                agencyId: inspector.agencyId,
                name: inspector.name,
                certificateNo: inspector.certificateNo,
                fields: inspector.fields,
                active: inspector.active,
              }
            : { agencyId: agencies.length === 1 ? agencies[0]!.id : undefined, fields: [], active: true }
        }
      >
        <Form.Item
          name="agencyId"
          label={st('inspector.agency')}
          rules={[{ required: true, message: st('inspectors.agencyNeeded') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            disabled={agencies.length <= 1}
            options={agencies.map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={st('inspector.name')}
          rules={[{ required: true, whitespace: true, message: st('inspectors.nameNeeded') }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="certificateNo"
          label={st('inspector.certificateNo')}
          rules={[{ required: true, whitespace: true, message: st('inspectors.certificateNeeded') }]}
        >
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="fields" label={st('inspector.fields')} extra={st('inspectors.fieldsHelp')}>
          <Select<string[]>
            mode="tags"
            maxCount={20}
            tokenSeparators={['、', ',', '，']}
            options={fieldOptions.map((f) => ({ value: f, label: f }))}
          />
        </Form.Item>
        <Form.Item
          name="active"
          label={st('inspector.state')}
          valuePropName="checked"
          extra={st('inspectors.activeHelp')}
        >
          <Switch checkedChildren={st('inspector.active')} unCheckedChildren={st('inspector.inactive')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

interface ConflictValues {
  kind: ConflictKind;
  partyName: string;
  partyIdentifier: string;
  note?: string;
}

/** SUP-1: a conflict an inspector declares (回避): no draw sends them to that company or person. */
export function ConflictModal({ inspector, onClose }: { inspector: Inspector | null; onClose: () => void }) {
  const { st, language } = useSupervisionTexts();
  const [form] = Form.useForm<ConflictValues>();
  const change = useSupervisionChange();
  const save = async () => {
    if (!inspector) return;
    const values = await form.validateFields();
    const ok = await change.send(
      () =>
        declareConflict(inspector.id, {
          kind: values.kind,
          partyName: values.partyName.trim(),
          partyIdentifier: values.partyIdentifier.trim(),
          note: (values.note ?? '').trim(),
        }),
      form,
      st('conflicts.declared'),
    );
    if (ok) onClose();
  };
  return (
    <FormModal
      open={inspector !== null}
      title={st('conflicts.declareTitle', { name: inspector?.name ?? '' })}
      okText={st('conflicts.declareOk')}
      busy={change.busy}
      onSave={save}
      onCancel={onClose}
      width={560}
    >
      <Form<ConflictValues> form={form} layout="vertical" name="conflict" preserve={false}>
        <p className="cn-case-muted">{st('conflicts.intro')}</p>
        <Form.Item
          name="kind"
          label={st('conflict.kind')}
          rules={[{ required: true, message: st('conflicts.kindNeeded') }]}
        >
          <Select
            options={conflictKinds.map((k) => ({ value: k, label: conflictKindLabels[k][language] }))}
          />
        </Form.Item>
        <Form.Item
          name="partyName"
          label={st('conflict.partyName')}
          rules={[{ required: true, whitespace: true, message: st('conflicts.nameNeeded') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="partyIdentifier"
          label={st('conflict.partyIdentifier')}
          validateTrigger="onBlur"
          rules={[
            { required: true, whitespace: true, message: st('conflicts.identifierNeeded') },
            anyIdentifierRule(language),
          ]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="note" label={st('conflict.note')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

type Imported = Answer<'/api/supervision/{district}/inspectors/import', 'post'>;

const asBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/** `执法人员[3].所属单位` → sheet 执法人员, row 3, column 所属单位. */
const cellOf = (field: string | undefined) => {
  const match = field ? /^(.+)\[(\d+)\]\.(.+)$/.exec(field) : null;
  return match ? { sheet: match[1]!, row: match[2]!, column: match[3]! } : null;
};

/** The documented layout: each sheet's header row (in Chinese, as the file has it) and what goes below. */
const inspectorSheet = [
  ['姓名', 'import.col.name'],
  ['执法证号', 'import.col.certificateNo'],
  ['所属单位', 'import.col.agency'],
  ['执法领域', 'import.col.fields'],
  ['状态', 'import.col.state'],
] as const;
const conflictSheet = [
  ['执法证号', 'import.col.certificateNo'],
  ['回避类型', 'import.col.kind'],
  ['名称', 'import.col.partyName'],
  ['证件号码', 'import.col.partyIdentifier'],
  ['说明', 'import.col.note'],
] as const;

/**
 * SUP-1: an agency's pool from a workbook in the documented layout; all rows or none, the first bad
 * cell named by its sheet, row and column.
 */
export function ImportModal({
  open,
  district,
  onClose,
}: {
  open: boolean;
  district: string;
  onClose: () => void;
}) {
  const { st, language } = useSupervisionTexts();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ text: string; where: string | null } | null>(null);
  const [done, setDone] = useState<Imported | null>(null);
  const close = () => {
    setFile(null);
    setProblem(null);
    setDone(null);
    onClose();
  };
  const send = async () => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      setDone(await importInspectors(district, { fileName: file.name, contentBase64: await asBase64(file) }));
      setFile(null);
    } catch (error) {
      const cell = cellOf(error instanceof ApiError ? error.field : undefined);
      setProblem({
        text: applyServerError(null, error, language),
        where: cell ? st('import.where', cell) : null,
      });
    } finally {
      setBusy(false);
    }
  };
  const layout = (sheet: string, columns: typeof inspectorSheet | typeof conflictSheet, note: string) => (
    <div className="cn-sup-layout" data-testid={`import-layout-${sheet}`}>
      <Typography.Text strong>{st('import.sheet', { sheet })}</Typography.Text>
      <span className="cn-case-muted"> {note}</span>
      <Table
        size="small"
        bordered
        pagination={false}
        scroll={{ x: true }}
        rowKey="row"
        dataSource={[Object.fromEntries([['row', 'what'], ...columns.map(([c, key]) => [c, st(key)])])]}
        columns={columns.map(([c]) => ({ title: c, dataIndex: c, key: c }))}
      />
    </div>
  );
  return (
    <Modal
      open={open}
      title={st('import.title')}
      onCancel={close}
      destroyOnHidden
      width={720}
      footer={[
        <Button key="close" onClick={close}>
          {st('common.done')}
        </Button>,
        <Button key="import" type="primary" disabled={!file} loading={busy} onClick={() => void send()}>
          {st('import.ok')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{st('import.intro')}</Typography.Paragraph>
      {layout('执法人员', inspectorSheet, st('import.peopleNote'))}
      {layout('回避申报', conflictSheet, st('import.conflictsNote'))}
      <Upload
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        maxCount={1}
        beforeUpload={(f) => {
          setFile(f);
          setProblem(null);
          setDone(null);
          return false;
        }}
        onRemove={() => setFile(null)}
        fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
      >
        <Button>{st('import.choose')}</Button>
      </Upload>
      {problem && (
        <Alert
          type="error"
          showIcon
          className="cn-case-inline-alert"
          data-testid="import-problem"
          title={problem.text}
          description={problem.where}
        />
      )}
      {done && (
        <Alert
          type="success"
          showIcon
          className="cn-case-inline-alert"
          data-testid="import-done"
          title={st('import.done', done)}
        />
      )}
    </Modal>
  );
}
