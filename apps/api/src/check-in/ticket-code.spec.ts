import { TICKET_CODE_PATTERN } from '@hackboard/contracts';
import { normalizeTicketCode, ticketCode } from './ticket-code.js';

const EVENT = '0b9f4e0e-0000-4000-8000-000000000001';
const USER = '0b9f4e0e-0000-4000-8000-000000000002';

describe('ticket codes', () => {
  it('are the same for the same person and event, and differ for another person, event or secret', () => {
    const code = ticketCode('secret', EVENT, USER);
    expect(code).toMatch(TICKET_CODE_PATTERN);
    expect(ticketCode('secret', EVENT, USER)).toBe(code);
    expect(ticketCode('secret', EVENT, EVENT)).not.toBe(code);
    expect(ticketCode('secret', USER, USER)).not.toBe(code);
    expect(ticketCode('other secret', EVENT, USER)).not.toBe(code);
  });

  it('reads a code typed in lower case, without dashes or with look-alike letters', () => {
    const code = ticketCode('secret', EVENT, USER);
    expect(normalizeTicketCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
    expect(normalizeTicketCode('0O1I-L000-0000')).toBe('0011-1000-0000');
  });
});
