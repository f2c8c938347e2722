import { useId, useState } from 'react';

/** Any zod schema of a string (the full library or zod/mini): what the field needs of it. */
export interface StringSchema {
  safeParse(
    value: unknown,
  ): { success: true; data: string } | { success: false; error: { issues: { message: string }[] } };
}

interface Props {
  label: string;
  value: string;
  schema: StringSchema;
  multiline?: boolean;
  onValid: (value: string) => void;
}

/**
 * A text input validated as the user types: a valid value is applied at once (undo merges the typing into
 * one step); an invalid one stays in the field with its error shown inline and is not applied.
 */
export function TextField({ label, value, schema, multiline, onValid }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string>();
  const shown = draft ?? value;
  const result = schema.safeParse(shown);
  const error = draft === undefined || result.success ? undefined : result.error.issues[0]?.message;
  const change = (next: string) => {
    const parsed = schema.safeParse(next);
    setDraft(parsed.success ? undefined : next);
    if (parsed.success) onValid(parsed.data);
  };
  const props = {
    id,
    value: shown,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onChange: (e: { target: { value: string } }) => change(e.target.value),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
