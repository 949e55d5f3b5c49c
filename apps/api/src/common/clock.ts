import { Injectable } from '@nestjs/common';

/** The server's clock, injectable so tests can move time (deadlines, phases). */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
