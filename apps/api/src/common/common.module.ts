import { type DynamicModule, Global, Module } from '@nestjs/common';
import { Clock } from './clock.js';

@Global()
@Module({})
export class CommonModule {
  /** Tests pass their own clock to move through an event's timeline. */
  static forRoot(clock: Clock = new Clock()): DynamicModule {
    return { module: CommonModule, providers: [{ provide: Clock, useValue: clock }], exports: [Clock] };
  }
}
