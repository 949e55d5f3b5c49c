import { RequestMethod } from '@nestjs/common';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants.js';
import { ACCESS_RULES } from '../src/access/access.rules.js';
import { type TestApp, startTestApp } from './support/test-app.js';

describe('every endpoint', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp('sqlite')));
  afterAll(() => t.close());

  it('declares who may call it', () => {
    const reflector = t.app.get(Reflector);
    const scanner = new MetadataScanner();
    const routes: string[] = [];
    const undeclared: string[] = [];
    const controllers = [...t.app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
    for (const wrapper of controllers) {
      const instance = wrapper.instance as object | undefined;
      if (!instance) continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as () => unknown;
        if (reflector.get(PATH_METADATA, handler) === undefined) continue;
        const route = `${RequestMethod[reflector.get(METHOD_METADATA, handler) as number]} ${wrapper.name}.${name}`;
        routes.push(route);
        const rules: unknown[] | undefined = reflector.getAllAndOverride(ACCESS_RULES, [
          handler,
          wrapper.metatype as () => unknown,
        ]);
        if (!rules?.length) undeclared.push(route);
      }
    }
    expect(routes.length).toBeGreaterThan(10);
    expect(undeclared).toEqual([]);
  });
});
