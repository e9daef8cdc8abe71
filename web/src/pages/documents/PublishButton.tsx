import { App, Button } from 'antd';
import { useDocumentTexts } from './texts.ts';

/**
 * Publishes (saving first when there are unsaved changes) after a confirmation dialog, which takes the
 * focus so the keyboard reaches its buttons.
 */
export function PublishButton({
  dirty,
  busy,
  disabled,
  next,
  onPublish,
}: {
  dirty: boolean;
  busy: boolean;
  disabled: boolean;
  /** The version number publishing makes. */
  next: number;
  onPublish: () => Promise<void>;
}) {
  const { dt } = useDocumentTexts();
  const { modal } = App.useApp();
  return (
    <Button
      type="primary"
      loading={busy}
      disabled={disabled}
      onClick={() =>
        modal.confirm({
          title: dirty ? dt('common.saveAndPublish') : dt('common.publish'),
          content: dt('common.publishConfirm', { n: next }),
          okText: dt('common.publish'),
          cancelText: dt('common.cancel'),
          autoFocusButton: 'ok',
          onOk: () => {
            void onPublish();
          },
        })
      }
    >
      {dirty ? dt('common.saveAndPublish') : dt('common.publish')}
    </Button>
  );
}
