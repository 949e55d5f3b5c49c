import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * The state the page that sent the user here put into the history entry, for a one-time notice
 * ("saved", "joined"). It stays for this visit and is then taken out of the entry, so going Back
 * to the page, or reloading it, does not say it again.
 */
export function useArrivalState<T extends object>(): Partial<T> {
  const location = useLocation();
  const navigate = useNavigate();
  const [arrival] = useState<Partial<T>>(() => (location.state as Partial<T> | null) ?? {});
  useEffect(() => {
    if (location.state == null) return;
    void navigate(`${location.pathname}${location.search}${location.hash}`, { replace: true, state: null });
  }, [location, navigate]);
  return arrival;
}
