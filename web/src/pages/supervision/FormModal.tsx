import { Modal, type ModalProps } from 'antd';
import { useSupervisionTexts } from './texts.ts';

/**
 * The dialog of each supervision form: saving shows on its button, a refused save (the form already
 * shows why) keeps it open, and its fields start afresh each time it opens.
 */
export function FormModal({
  busy,
  onSave,
  ...modal
}: Omit<ModalProps, 'onOk'> & { busy: boolean; onSave: () => Promise<unknown> }) {
  const { st } = useSupervisionTexts();
  return (
    <Modal
      cancelText={st('common.cancel')}
      okButtonProps={{ loading: busy }}
      onOk={() => void onSave().catch(() => undefined)}
      destroyOnHidden
      {...modal}
    />
  );
}
