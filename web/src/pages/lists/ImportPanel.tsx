import { Alert, App, Button, DatePicker, Form, Space, Table, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Answer } from '../../api/answers.ts';
import { ApiError } from '../../api/errors.ts';
import { importList, previewListImport } from '../../api/lists.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { ImportPreview } from './ImportPreview.tsx';
import { useListTexts } from './texts.ts';

interface RowProblem {
  row: number;
  column: string | null;
  message: string;
  message_en: string;
}

type Preview = Answer<'/api/lists/{code}/imports/preview', 'post'>;

const asBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/**
 * LIST-8: imports a workbook in the government layout into the list kept here: a district's or a
 * town's rows join its draft; the city general list, kept by the city, becomes its new published
 * version. Every import is previewed first (what is added, removed, changed) and done on confirmation;
 * all or nothing, every bad row listed.
 */
export function ImportPanel({
  code,
  publishes,
  reload,
}: {
  code: string;
  /** The city general list: an import publishes it as the city published it. */
  publishes: boolean;
  reload: () => Promise<void>;
}) {
  const { lt, language } = useListTexts();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [publishedOn, setPublishedOn] = useState<Dayjs | null>(null);
  const [problems, setProblems] = useState<RowProblem[] | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const choose = (f: File | null) => {
    setFile(f);
    setProblems(null);
    setPreview(null);
  };
  const bodyOf = async (f: File) => ({
    fileName: f.name,
    contentBase64: await asBase64(f),
    ...(publishes && publishedOn ? { publishedOn: publishedOn.format('YYYY-MM-DD') } : {}),
  });
  const attempt = async (step: () => Promise<void>) => {
    setBusy(true);
    setProblems(null);
    try {
      await step();
    } catch (error) {
      const details =
        error instanceof ApiError ? (error.details as { problems?: RowProblem[] } | undefined) : undefined;
      if (details?.problems) setProblems(details.problems);
      else void message.error(applyServerError(null, error, language));
    } finally {
      setBusy(false);
    }
  };
  const look = () =>
    attempt(async () => {
      if (file) setPreview(await previewListImport(code, await bodyOf(file)));
    });
  const confirm = () =>
    attempt(async () => {
      if (!file || !preview) return;
      const outcome = await importList(code, { ...(await bodyOf(file)), confirmFileSm3: preview.fileSm3 });
      void message.success(
        outcome.publishedVersion
          ? lt('lists.import.published', { n: outcome.publishedVersion })
          : lt('lists.import.done', { n: outcome.imported }),
      );
      choose(null);
      await reload();
    });
  return (
    <>
      <Typography.Paragraph type="secondary">{lt('lists.import.layout')}</Typography.Paragraph>
      {publishes && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={lt('lists.import.cityNote')} />
      )}
      <Form layout="vertical" style={{ maxWidth: 640 }} onFinish={look}>
        {publishes && (
          <Form.Item label={lt('lists.import.publishedOn')} htmlFor="import-published-on">
            <DatePicker
              id="import-published-on"
              value={publishedOn}
              onChange={(d) => {
                setPublishedOn(d);
                setPreview(null);
              }}
            />
          </Form.Item>
        )}
        <Form.Item label={lt('lists.import.file')}>
          <Upload
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            beforeUpload={(f) => {
              choose(f);
              return false;
            }}
            onRemove={() => choose(null)}
            fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          >
            <Button>{lt('lists.import.choose')}</Button>
          </Upload>
        </Form.Item>
        {!preview && (
          <Button type="primary" htmlType="submit" disabled={!file} loading={busy}>
            {lt('lists.import.preview')}
          </Button>
        )}
      </Form>
      {preview && (
        <div data-testid="import-preview" style={{ marginTop: 16 }}>
          <ImportPreview preview={preview} />
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" danger={preview.publishes} loading={busy} onClick={confirm}>
              {preview.publishes
                ? lt('lists.import.confirmPublish')
                : lt('lists.import.confirmDraft', { n: preview.rows })}
            </Button>
            <Button onClick={() => setPreview(null)} disabled={busy}>
              {lt('lists.import.cancel')}
            </Button>
          </Space>
        </div>
      )}
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
