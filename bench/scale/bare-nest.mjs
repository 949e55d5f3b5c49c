// The yardstick for the cached public leaderboard read: a bare NestJS application (Express
// platform, as the API; no middleware, guards, database or cache) whose one route answers the JSON
// body the API gave. Plain JavaScript, so the decorators are applied by hand. Driven by bench/scale.mjs.
import 'reflect-metadata';
import { Controller, Get, Module, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { serveParent } from '../fanout/child-process.mjs';

async function listen({ body }) {
  const board = JSON.parse(body);
  class LeaderboardController {
    leaderboard(event) {
      return event ? board : null;
    }
  }
  Param('event')(LeaderboardController.prototype, 'leaderboard', 0);
  Get('events/:event/leaderboard')(
    LeaderboardController.prototype,
    'leaderboard',
    Object.getOwnPropertyDescriptor(LeaderboardController.prototype, 'leaderboard'),
  );
  Controller('api')(LeaderboardController);
  class BareModule {}
  Module({ controllers: [LeaderboardController] })(BareModule);

  const app = await NestFactory.create(BareModule, { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address();
  return { type: 'listening', url: `http://127.0.0.1:${port}` };
}

serveParent((message) => {
  if (message.type === 'listen') return listen(message);
  throw new Error(`unknown message ${message.type}`);
});
