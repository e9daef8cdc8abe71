import { Alert, Skeleton } from 'antd';
import { ApiError } from '../../../api/errors.ts';
import { useListTexts } from './texts.ts';

/** Loading or failure of a list request, said in the user's language (404: nothing published yet). */
export function ListState({ error, loading }: { error: unknown; loading: boolean }) {
  const { tx, language } = useListTexts();
  if (error) {
    const notFound = error instanceof ApiError && error.status === 404;
    return (
      <Alert
        type={notFound ? 'info' : 'error'}
        showIcon
        title={notFound ? tx('lists.none') : tx('lists.loadFailed')}
        description={error instanceof ApiError && !notFound ? error.text(language) : undefined}
      />
    );
  }
  if (loading) return <Skeleton active aria-label={tx('lists.loading')} />;
  return null;
}
