import { Navigate, Outlet, useLocation } from 'react-router';
import { QueryState } from '../components/ui/query-state';
import { useMe } from '../lib/session';

/** Pages for signed-in users: a visitor is sent to sign in and comes back here afterwards. */
export function RequireSession() {
  const me = useMe();
  const { pathname, search } = useLocation();
  return (
    <QueryState query={me}>
      {(data) =>
        data ? <Outlet /> : <Navigate to={`/sign-in?next=${encodeURIComponent(pathname + search)}`} replace />
      }
    </QueryState>
  );
}
