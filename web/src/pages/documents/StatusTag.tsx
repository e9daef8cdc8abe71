import { Tag } from 'antd';
import { useDocumentTexts } from './texts.ts';
import type { TextStatus } from './types.ts';

const colour: Record<TextStatus, string> = { published: 'green', due: 'orange', overdue: 'red' };

/** DOC-3: an item's texts published, still due, or overdue. */
export function StatusTag({ status }: { status: TextStatus }) {
  const { dt } = useDocumentTexts();
  return <Tag color={colour[status]}>{dt(`texts.status.${status}`)}</Tag>;
}
