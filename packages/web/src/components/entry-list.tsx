// A plain list of entries, each a title line over a body, in the look of antd's List (deprecated in
// antd 6.6) without its weight: semantic <ul>/<li>, so screen readers announce the count.
import type { Key, ReactNode } from "react";
import "./entry-list.css";

export function EntryList<T>({
  items,
  keyOf,
  render,
  className = "",
  label,
}: {
  items: readonly T[];
  keyOf: (item: T) => Key;
  render: (item: T) => ReactNode;
  className?: string;
  label?: string;
}) {
  return (
    <ul className={`entry-list ${className}`} aria-label={label}>
      {items.map((item) => (
        <li key={keyOf(item)} className="entry-list-item">
          {render(item)}
        </li>
      ))}
    </ul>
  );
}

export function Entry({
  title,
  children,
  className,
}: {
  title: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <div className={className ? `entry ${className}` : "entry"}>
      <div className="entry-title">{title}</div>
      {children && <div className="entry-body">{children}</div>}
    </div>
  );
}
