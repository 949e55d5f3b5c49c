import {
  type ArgumentMetadata,
  Body,
  Injectable,
  Param,
  type PipeTransform,
  Query,
  applyDecorators,
} from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { ValidationError } from './domain-error.js';

/** Validates one request part against a contract schema; failures become a 400 with a message per field. */
@Injectable()
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.output<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown, metadata: ArgumentMetadata): z.output<T> {
    // A route parameter is named by its own name, since its value has no inner path.
    const root = metadata.type === 'param' ? metadata.data : undefined;
    const result = this.schema.safeParse(value);
    const unstorable = unstorableText(value, root);
    if (result.success && unstorable.size === 0) return result.data;
    throw new ValidationError({
      ...(result.success ? {} : fieldMessages(result.error, root)),
      ...Object.fromEntries(unstorable),
    });
  }
}

// NUL and unpaired UTF-16 surrogates.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A field's path, kept from the leaf up so that deep nesting costs no copying. */
type Step = { key: string; parent: Step } | null;

/**
 * Text no database keeps as sent: PostgreSQL refuses NUL, and an unpaired surrogate is not UTF-8, so
 * SQLite would store replacement characters instead. Refused on every driver, by field. Walked
 * without recursion: a body may nest as deep as its size allows.
 */
function unstorableText(value: unknown, root?: string): Map<string, string> {
  const found = new Map<string, string>();
  const pending: [unknown, Step][] = [[value, root ? { key: root, parent: null } : null]];
  while (pending.length > 0) {
    const [current, step] = pending.pop()!;
    if (typeof current === 'string') {
      if (UNSTORABLE.test(current)) {
        found.set(pathOf(step), 'must not contain NUL characters or unpaired surrogate code points');
      }
    } else if (current !== null && typeof current === 'object') {
      for (const [key, inner] of Object.entries(current)) pending.push([inner, { key, parent: step }]);
    }
  }
  return found;
}

function pathOf(step: Step): string {
  const keys: string[] = [];
  for (let at = step; at; at = at.parent) keys.push(at.key);
  return keys.reverse().join('.') || '_';
}

export function fieldMessages(error: z.ZodError, root?: string): Record<string, string> {
  // A Map, not an object literal: keys such as "constructor" or "__proto__" are ordinary field names here.
  const fields = new Map<string, string>();
  const add = (path: string, message: string) => {
    if (!fields.has(path)) fields.set(path, message);
  };
  for (const issue of error.issues) {
    const path = [...(root ? [root] : []), ...issue.path.map(String)].join('.') || '_';
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add(path === '_' ? key : `${path}.${key}`, 'is not a known field');
    } else {
      add(path, issue.message);
    }
  }
  return Object.fromEntries(fields);
}

export const ZodBody = (schema: z.ZodType) => Body(new ZodValidationPipe(schema));
export const ZodQuery = (schema: z.ZodType) => Query(new ZodValidationPipe(schema));

const uuid = z.uuid({ message: 'must be a UUID' }).transform((id) => id.toLowerCase());
/**
 * Every id in a path goes through this: anything but a UUID is a 400 naming the parameter. The
 * handler's ids are also checked together before any other part of the request is parsed
 * (`PathIdsInterceptor`), so a bad id is what the answer names even when the body is wrong too.
 */
export const UuidParam =
  (name: string): ParameterDecorator =>
  (target, key, index) => {
    if (key !== undefined) {
      const handler = (target as Record<string | symbol, object>)[key]!;
      Reflect.defineMetadata(PATH_IDS, [...pathIdsOf(handler), name], handler);
    }
    Param(name, new ZodValidationPipe(uuid))(target, key, index);
  };

const PATH_IDS = 'hackboard:path-ids';
/** The path parameters a handler takes as UUIDs. */
export const pathIdsOf = (handler: object): string[] => (Reflect.getMetadata(PATH_IDS, handler) as string[]) ?? [];

/** The fields of a 400 for the handler's path ids that are not UUIDs (empty when all are). */
export function malformedPathIds(handler: object, params: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    pathIdsOf(handler)
      .filter((name) => !uuid.safeParse(params[name]).success)
      .map((name) => [name, 'must be a UUID']),
  );
}

export function openApiSchema(schema: z.ZodType, io: 'input' | 'output') {
  return z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as Record<string, unknown>;
}

export const ApiZodBody = (schema: z.ZodType) => ApiBody({ schema: openApiSchema(schema, 'input') });

export const ApiZodResponse = (schema: z.ZodType, description: string) =>
  ApiOkResponse({ description, schema: openApiSchema(schema, 'output') });

export function ApiZodQuery(schema: z.ZodObject) {
  const json = openApiSchema(schema, 'input') as { properties?: Record<string, object>; required?: string[] };
  return applyDecorators(
    ...Object.entries(json.properties ?? {}).map(([name, property]) =>
      ApiQuery({ name, required: json.required?.includes(name) ?? false, schema: property }),
    ),
  );
}
