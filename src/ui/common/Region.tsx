import { useId, type ReactNode } from 'react';

/**
 * A landmark named by its visible heading, so screen readers and tests find it by the same words. It is its
 * own scroll container and takes focus, so keyboard users can scroll it too.
 */
export function Region({
  title,
  className,
  children,
  aside,
}: {
  title: string;
  className?: string;
  children: ReactNode;
  aside?: ReactNode;
}) {
  const id = useId();
  return (
    <div role="region" aria-labelledby={id} className={`region ${className ?? ''}`} tabIndex={0}>
      <div className="region-head">
        <h2 id={id}>{title}</h2>
        {aside}
      </div>
      {children}
    </div>
  );
}
