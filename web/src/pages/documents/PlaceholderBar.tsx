import { Select, Space } from 'antd';
import { usePreferences } from '../../lib/preferences.tsx';
import { placeholderLabel, placeholderLabels, placeholdersOf } from '../public/documents/placeholders.ts';
import { useDocumentTexts } from './texts.ts';

/**
 * The `{{placeholders}}` of one text body as highlighted chips (case data filled in later), and a
 * picker that inserts one at the caret.
 */
export function PlaceholderBar({
  body,
  name,
  disabled,
  onInsert,
}: {
  body: string;
  name: string;
  disabled: boolean;
  onInsert: (key: string) => void;
}) {
  const { dt } = useDocumentTexts();
  const { language } = usePreferences();
  const used = placeholdersOf(body);
  return (
    <div className="cn-docs-placeholders">
      <Space wrap size={[4, 4]}>
        <span className="cn-docs-placeholders-label">{dt('editor.placeholders')}</span>
        {used.length === 0 ? (
          <span className="cn-docs-placeholders-none">{dt('editor.noPlaceholders')}</span>
        ) : (
          used.map((key) => (
            <mark key={key} className="cn-chip" title={`{{${key}}}`}>
              {placeholderLabel(key, language)}
              <span className="cn-chip-key">{`{{${key}}}`}</span>
            </mark>
          ))
        )}
      </Space>
      {!disabled && (
        <Select
          size="small"
          aria-label={dt('editor.insertInto', { name })}
          placeholder={dt('editor.insert')}
          value={null}
          onChange={(key: string | null) => key && onInsert(key)}
          style={{ minWidth: 170 }}
          popupMatchSelectWidth={false}
          options={Object.keys(placeholderLabels).map((key) => ({
            value: key,
            label: `${placeholderLabel(key, language)} {{${key}}}`,
          }))}
        />
      )}
    </div>
  );
}
