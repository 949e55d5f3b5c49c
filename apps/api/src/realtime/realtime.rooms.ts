/** Room names: one per event and audience, so a message only reaches sockets allowed to see it. */
export const publicRoom = (eventId: string) => `event:${eventId}:public`;
