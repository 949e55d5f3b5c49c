import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { StatusMessage } from '../components/ui/status-message';
import type { ArrivalNoticeState } from '../lib/arrival-notice';

/**
 * The notice the previous page sent along ("your password has been changed"), shown at the top of
 * the page for this visit. Only the notice is taken out of the history entry, so Back or a reload
 * does not repeat it and whatever else the entry holds stays for the page. Mounted per address.
 */
export function ArrivalNotice() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [notice] = useState(() => (location.state as Partial<ArrivalNoticeState> | null)?.notice ?? null);
  useEffect(() => {
    const state = location.state as Partial<ArrivalNoticeState> | null;
    if (!state?.notice) return;
    const { notice: _shown, ...rest } = state;
    void navigate(`${location.pathname}${location.search}${location.hash}`, {
      replace: true,
      state: Object.keys(rest).length > 0 ? rest : null,
    });
  }, [location, navigate]);
  return <StatusMessage>{notice ? t(notice.key, notice.values ?? {}) : null}</StatusMessage>;
}
