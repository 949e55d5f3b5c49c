/** Room names: one per event and audience, so a message only reaches sockets allowed to hear it. */
export const publicRoom = (eventId: string) => `event:${eventId}:public`;
export const membersRoom = (eventId: string) => `event:${eventId}:members`;
export const organizersRoom = (eventId: string) => `event:${eventId}:organizers`;

const EVENT_ROOM = /^event:([^:]+):(public|members|organizers)$/;

/** The event a room belongs to, or null for a room that is not an event's (a socket's own room). */
export function eventOfRoom(room: string): string | null {
  return EVENT_ROOM.exec(room)?.[1] ?? null;
}
