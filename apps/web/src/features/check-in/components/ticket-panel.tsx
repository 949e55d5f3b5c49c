import { type EventDto, TICKET_ROLES } from '@hackboard/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { canOrganize, rolesIn, useMe } from '../../../lib/session';
import { useTicket } from '../api/check-in-api';
import '../check-in.css';

/** The ticket's QR code as an SVG image: it carries the code alone. */
function useQrImage(code: string | undefined): string | null {
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    if (!code) return;
    let live = true;
    void import('qrcode').then((qrcode) =>
      qrcode.toString(code, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then((svg) => {
        if (live) setImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      }),
    );
    return () => {
      live = false;
    };
  }, [code]);
  return image;
}

/** On the event page: the caller's ticket for the door, and the way to the check-in page for those who check people in. */
export function TicketPanel({ event }: { event: EventDto }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const roles = rolesIn(me.data, event.id);
  const holder = roles.some((role) => (TICKET_ROLES as readonly string[]).includes(role));
  const door = canOrganize(me.data, event.id) || roles.includes('volunteer');
  const ticket = useTicket(event.slug, holder);
  const image = useQrImage(ticket.data?.code);
  if (!holder && !door) return null;
  return (
    <section aria-labelledby="ticket-heading" className="panel">
      <h2 id="ticket-heading">{holder ? t('checkIn.ticket.title') : t('checkIn.door.title')}</h2>
      {holder && ticket.data && (
        <div className="ticket">
          {image && <img src={image} alt={t('checkIn.ticket.qrAlt')} className="ticket-qr" width={200} height={200} />}
          <div>
            <p>{t('checkIn.ticket.intro')}</p>
            <p className="ticket-code" aria-label={t('checkIn.ticket.codeLabel', { code: ticket.data.code })}>
              {ticket.data.code}
            </p>
            <p>
              {ticket.data.checkedInAt
                ? t('checkIn.ticket.checkedIn', {
                    at: formatDateTime(ticket.data.checkedInAt, event.timezone, i18n.language),
                  })
                : t('checkIn.ticket.notYet')}
            </p>
          </div>
        </div>
      )}
      {holder && ticket.isError && <p>{t('checkIn.ticket.unavailable')}</p>}
      {door && (
        <p>
          <Link to={`/events/${event.slug}/check-in`} className="button">
            {t('checkIn.door.open')}
          </Link>
        </p>
      )}
    </section>
  );
}
