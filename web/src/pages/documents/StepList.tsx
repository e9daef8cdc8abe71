import { Button, Input, Space } from 'antd';
import { useRef } from 'react';
import { move } from './editing.ts';
import { useDocumentTexts } from './texts.ts';

/** An ordered list of procedure steps (DOC-4): each labelled, movable and removable; steps can be added. */
export function StepList({
  id,
  label,
  steps,
  readOnly,
  invalid,
  onChange,
}: {
  id: string;
  label: string;
  steps: string[];
  readOnly: boolean;
  invalid: boolean;
  onChange: (steps: string[]) => void;
}) {
  const { dt } = useDocumentTexts();
  // stable keys for the rows while steps move, so focus and caret stay with their text
  const keys = useRef<number[]>([]);
  const counter = useRef(0);
  while (keys.current.length < steps.length) keys.current.push(counter.current++);
  keys.current.length = steps.length;
  const reorder = (from: number, by: -1 | 1) => {
    keys.current = move(keys.current, from, by);
    onChange(move(steps, from, by));
  };
  return (
    <fieldset className={`cn-docs-steps${invalid ? ' is-missing' : ''}`} aria-invalid={invalid || undefined}>
      <legend>{label}</legend>
      <ol>
        {steps.map((step, i) => (
          <li key={keys.current[i]}>
            <div className="cn-docs-step">
              <label htmlFor={`${id}-${i}`} className="cn-visually-hidden">
                {dt('guides.stepOf', { list: label, n: i + 1 })}
              </label>
              <Input.TextArea
                id={`${id}-${i}`}
                value={step}
                maxLength={500}
                readOnly={readOnly}
                autoSize={{ minRows: 1, maxRows: 6 }}
                onChange={(e) => onChange(steps.map((s, j) => (j === i ? e.target.value : s)))}
              />
              {!readOnly && (
                <Space size={2} className="cn-docs-step-actions">
                  <Button
                    size="small"
                    type="text"
                    disabled={i === 0}
                    aria-label={dt('guides.upStep', { list: label, n: i + 1 })}
                    onClick={() => reorder(i, -1)}
                  >
                    ↑
                  </Button>
                  <Button
                    size="small"
                    type="text"
                    disabled={i === steps.length - 1}
                    aria-label={dt('guides.downStep', { list: label, n: i + 1 })}
                    onClick={() => reorder(i, 1)}
                  >
                    ↓
                  </Button>
                  <Button
                    size="small"
                    type="text"
                    danger
                    aria-label={dt('guides.removeStep', { list: label, n: i + 1 })}
                    onClick={() => {
                      keys.current.splice(i, 1);
                      onChange(steps.filter((_s, j) => j !== i));
                    }}
                  >
                    ✕
                  </Button>
                </Space>
              )}
            </div>
          </li>
        ))}
      </ol>
      {!readOnly && steps.length < 20 && (
        <Button
          size="small"
          type="dashed"
          onClick={() => {
            onChange([...steps, '']);
            // the new step takes the focus, for keyboard users
            setTimeout(() => document.getElementById(`${id}-${steps.length}`)?.focus(), 0);
          }}
        >
          + {dt('guides.addStep')}
        </Button>
      )}
    </fieldset>
  );
}
