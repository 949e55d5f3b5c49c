import type { EventDto } from '@hackboard/contracts';
import { useOutletContext } from 'react-router';

/** The event the organizer console works on, loaded once by the console layout for all its areas. */
export function useConsoleEvent(): EventDto {
  return useOutletContext<EventDto>();
}
