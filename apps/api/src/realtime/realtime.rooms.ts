/** Room names: one per event and audience, so a message only reaches sockets allowed to hear it. */
export const publicRoom = (eventId: string) => `event:${eventId}:public`;
export const membersRoom = (eventId: string) => `event:${eventId}:members`;
