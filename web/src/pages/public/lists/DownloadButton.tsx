import { Button } from 'antd';
import { useListTexts } from './texts.ts';

/** An .xlsx of a list in the government layout (LIST-8); the server names the file. */
export function DownloadButton({ href, title, testId }: { href: string; title: string; testId?: string }) {
  const { tx } = useListTexts();
  return (
    <Button
      type="primary"
      href={href}
      download
      data-testid={testId}
      aria-label={`${tx('lists.download')}：${title}`}
    >
      {tx('lists.download')}
    </Button>
  );
}
