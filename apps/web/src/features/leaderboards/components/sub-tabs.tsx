import { Link } from 'react-router';

/** Links between the boards of one kind (per challenge, per round), the current one marked. */
export function SubTabs({
  label,
  items,
  current,
}: {
  label: string;
  items: readonly { key: string; label: string; to: string }[];
  current: string;
}) {
  return (
    <nav aria-label={label} className="tabs board-subtabs">
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <Link to={item.to} aria-current={item.key === current ? 'page' : undefined} replace>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
