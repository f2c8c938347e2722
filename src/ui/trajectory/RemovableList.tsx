import type { ReactNode } from 'react';
import { useMessages } from '../common/use-messages';

interface Props<T> {
  label: string;
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
  /** The remove button's accessible name for an item. */
  removeLabel: (item: T) => string;
  onRemove: (item: T) => void;
}

/** A labelled list whose items each have a remove button; "none" when empty. */
export function RemovableList<T>({ label, items, keyOf, render, removeLabel, onRemove }: Props<T>) {
  const { t } = useMessages();
  return (
    <ul aria-label={label}>
      {items.map((item) => (
        <li key={keyOf(item)}>
          <span>{render(item)}</span>
          <button type="button" aria-label={removeLabel(item)} onClick={() => onRemove(item)}>
            ✕
          </button>
        </li>
      ))}
      {items.length === 0 && <li className="muted">{t.program.none}</li>}
    </ul>
  );
}
