import { type ArgumentMetadata, Body, Injectable, type PipeTransform, Query, applyDecorators } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { ValidationError } from './domain-error.js';

/** Validates one request part against a contract schema; failures become a 400 with a message per field. */
@Injectable()
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.output<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown, _metadata: ArgumentMetadata): z.output<T> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    throw new ValidationError(fieldMessages(result.error));
  }
}

export function fieldMessages(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[path === '_' ? key : `${path}.${key}`] ??= 'is not a known field';
    } else {
      fields[path] ??= issue.message;
    }
  }
  return fields;
}

export const ZodBody = (schema: z.ZodType) => Body(new ZodValidationPipe(schema));
export const ZodQuery = (schema: z.ZodType) => Query(new ZodValidationPipe(schema));

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
