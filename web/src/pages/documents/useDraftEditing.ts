import { App } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { Read } from '../../api/answers.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { isConflict, warnBeforeUnload } from './editing.ts';
import { useDocumentTexts } from './texts.ts';

/**
 * DOC-1/2/4: what the work rule, text and guide editors share: the draft as loaded, edits marked
 * unsaved, saving at the revision read (409 → a conflict to reload), and publishing (saving first
 * when unsaved) at the saved revision.
 */
export function useDraftEditing<Draft extends { revision: number }, Value, Edited>(options: {
  /** The draft as read (`useWorkRuleDraft`…). */
  draft: Read<Draft>;
  /** The editable value of a loaded draft. */
  valueOf: (draft: Draft) => Value;
  /** What a save sends, and the value as saved (e.g. with empty steps dropped). */
  toSave: (value: Value) => { body: Edited; saved: Value };
  /** Saves the draft at a revision (`saveWorkRule`…), publishes it at one (`publishWorkRule`…). */
  save: (body: Edited & { revision: number }) => Promise<{ revision: number }>;
  publish: (body: { revision: number }) => Promise<{ versionNo: number }>;
  /** A refusal other than a conflict, for editors that show more than its message. */
  onRefused?: (error: unknown) => void;
}) {
  const { dt, language } = useDocumentTexts();
  const { message } = App.useApp();
  const { draft } = options;
  const [value, setValue] = useState<Value | null>(null);
  const [revision, setRevision] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editableOf = useRef(options.valueOf);
  editableOf.current = options.valueOf;
  const loaded = draft.data;
  useEffect(() => {
    if (!loaded) return;
    setValue(editableOf.current(loaded));
    setRevision(loaded.revision);
    setDirty(false);
    setConflict(false);
  }, [loaded]);
  useEffect(() => warnBeforeUnload(dirty), [dirty]);

  const edit = (next: (value: Value) => Value) => {
    setValue((current) => (current === null ? current : next(current)));
    setDirty(true);
    setError(null);
  };
  const failed = (e: unknown) => {
    if (isConflict(e)) return setConflict(true);
    options.onRefused?.(e);
    setError(applyServerError(null, e, language));
  };
  const save = async (): Promise<number | null> => {
    if (value === null) return null;
    setError(null);
    const { body, saved } = options.toSave(value);
    try {
      const answer = await options.save({ ...body, revision });
      setValue(saved);
      setRevision(answer.revision);
      setDirty(false);
      return answer.revision;
    } catch (e) {
      failed(e);
      return null;
    }
  };
  const onSave = async () => {
    setBusy(true);
    if ((await save()) !== null) void message.success(dt('common.saved'));
    setBusy(false);
  };
  const onPublish = async () => {
    setBusy(true);
    setError(null);
    const at = dirty ? await save() : revision;
    if (at !== null)
      try {
        const version = await options.publish({ revision: at });
        void message.success(dt('common.published', { n: version.versionNo }));
        await draft.reload();
      } catch (e) {
        failed(e);
      }
    setBusy(false);
  };
  return { draft, value, edit, revision, dirty, busy, conflict, error, onSave, onPublish };
}
