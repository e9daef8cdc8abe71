import { Alert, App, Button, DatePicker, Form, Radio, Table, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../api/errors.ts';
import { importList } from '../../api/lists.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { useListTexts } from './texts.ts';

interface RowProblem {
  row: number;
  column: string | null;
  message: string;
  message_en: string;
}

const asBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/**
 * LIST-8: imports a workbook in the government layout, into this level's draft or, for a district, as
 * the city general list it takes over (LIST-3). All or nothing: every bad row is listed.
 */
export function ImportPanel({
  code,
  cityCode,
  reload,
}: {
  code: string;
  cityCode: string | null;
  reload: () => Promise<void>;
}) {
  const { lt, language } = useListTexts();
  const { message } = App.useApp();
  const [target, setTarget] = useState<'draft' | 'city'>(cityCode ? 'city' : 'draft');
  const [file, setFile] = useState<File | null>(null);
  const [publishedOn, setPublishedOn] = useState<Dayjs | null>(null);
  const [problems, setProblems] = useState<RowProblem[] | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (!file) return;
    setBusy(true);
    setProblems(null);
    try {
      const outcome = await importList(target === 'city' && cityCode ? cityCode : code, {
        fileName: file.name,
        contentBase64: await asBase64(file),
        ...(target === 'city' && publishedOn ? { publishedOn: publishedOn.format('YYYY-MM-DD') } : {}),
      });
      void message.success(lt('lists.import.done', { n: outcome.imported }));
      setFile(null);
      await reload();
    } catch (error) {
      const details =
        error instanceof ApiError ? (error.details as { problems?: RowProblem[] } | undefined) : undefined;
      if (details?.problems) setProblems(details.problems);
      else void message.error(applyServerError(null, error, language));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Typography.Paragraph type="secondary">{lt('lists.import.layout')}</Typography.Paragraph>
      <Form layout="vertical" style={{ maxWidth: 640 }} onFinish={run}>
        {cityCode && cityCode !== code && (
          <Form.Item label={lt('lists.import.target')}>
            <Radio.Group value={target} onChange={(e) => setTarget(e.target.value)}>
              <Radio value="city">{lt('lists.import.targetCity')}</Radio>
              <Radio value="draft">{lt('lists.import.targetDraft')}</Radio>
            </Radio.Group>
          </Form.Item>
        )}
        {target === 'city' && (
          <Form.Item label={lt('lists.import.publishedOn')} htmlFor="import-published-on">
            <DatePicker id="import-published-on" value={publishedOn} onChange={setPublishedOn} />
          </Form.Item>
        )}
        <Form.Item label={lt('lists.import.file')}>
          <Upload
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              setProblems(null);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          >
            <Button>{lt('lists.import.choose')}</Button>
          </Upload>
        </Form.Item>
        <Button type="primary" htmlType="submit" disabled={!file} loading={busy}>
          {lt('lists.import.run')}
        </Button>
      </Form>
      {problems && (
        <>
          <Alert type="error" showIcon style={{ margin: '16px 0 8px' }} title={lt('lists.import.failed')} />
          <Table<RowProblem>
            size="small"
            rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
            dataSource={problems}
            pagination={false}
            columns={[
              { title: lt('lists.import.row'), dataIndex: 'row', width: 80 },
              { title: lt('lists.import.column'), dataIndex: 'column', width: 160 },
              {
                title: lt('lists.import.reason'),
                render: (_v, p) => (language === 'zh' ? p.message : p.message_en),
              },
            ]}
          />
        </>
      )}
    </>
  );
}
