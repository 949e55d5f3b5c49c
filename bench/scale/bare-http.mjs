// The yardstick for the cached public leaderboard read: a plain Node `http` server (no framework)
// that answers every GET with the same JSON body the API gave, as the API sends it (UTF-8 JSON with
// its length). Driven by bench/scale.mjs.
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { serveParent } from '../fanout/child-process.mjs';

function listen({ body }) {
  const bytes = Buffer.from(body);
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': bytes.length });
    response.end(bytes);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => done({ type: 'listening', url: `http://127.0.0.1:${server.address().port}` }));
  });
}

serveParent((message) => {
  if (message.type === 'listen') return listen(message);
  throw new Error(`unknown message ${message.type}`);
});
