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
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    // A route parameter is named by its own name, since its value has no inner path.
    throw new ValidationError(fieldMessages(result.error, metadata.type === 'param' ? metadata.data : undefined));
  }
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

const uuid = z.uuid({ message: 'must be a UUID' });
/** A route parameter that must be a UUID; anything else is a 400 naming the parameter. */
export const UuidParam = (name: string) => Param(name, new ZodValidationPipe(uuid));

function openApiSchema(schema: z.ZodType, io: 'input' | 'output') {
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
