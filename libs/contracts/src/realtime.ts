/**
 * Socket.IO message names and payloads shared by the API gateway and the web client.
 * "Event" means a hackathon in this project, so pushes are called messages.
 */
export interface SubscribeRequest {
  eventSlug: string;
}
export type SubscribeAck = { ok: true; eventId: string } | { ok: false; code: string; message: string };

export interface PhaseChangedMessage {
  eventId: string;
  phase: string;
  at: string;
}

export interface ServerToClientMessages {
  'phase.changed': (message: PhaseChangedMessage) => void;
}

export interface ClientToServerMessages {
  subscribe: (request: SubscribeRequest, ack: (result: SubscribeAck) => void) => void;
  unsubscribe: (request: SubscribeRequest) => void;
}
