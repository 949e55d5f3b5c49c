/**
 * Room names: one per event and audience, so a message only reaches sockets allowed to hear it,
 * and one per challenge and audience for sockets that follow a challenge's leaderboard too.
 */
const roomOf = (eventId: string, challengeId: string | null, audience: string) =>
  challengeId ? `event:${eventId}:challenge:${challengeId}:${audience}` : `event:${eventId}:${audience}`;

export const publicRoom = (eventId: string, challengeId: string | null = null) =>
  roomOf(eventId, challengeId, 'public');
export const membersRoom = (eventId: string, challengeId: string | null = null) =>
  roomOf(eventId, challengeId, 'members');
export const organizersRoom = (eventId: string, challengeId: string | null = null) =>
  roomOf(eventId, challengeId, 'organizers');

/** Every socket of one user, so their sockets can be told to connect again when their roles change. */
export const userRoom = (userId: string) => `user:${userId}`;

const EVENT_ROOM = /^event:([^:]+):(?:challenge:([^:]+):)?(public|members|organizers)$/;

/** The event (and challenge) a room belongs to, or null for a room that is not an event's (a socket's own room). */
export function boardOfRoom(room: string): { eventId: string; challengeId: string | null } | null {
  const match = EVENT_ROOM.exec(room);
  return match ? { eventId: match[1]!, challengeId: match[2] ?? null } : null;
}
