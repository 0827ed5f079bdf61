import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { RequestValidationPipe } from '@los/common';
import { getMetadataStorage } from 'class-validator';
import { EmiPreviewDto } from './emi-preview.dto.js';

const FIELDS = new Set(
  getMetadataStorage()
    .getTargetValidationMetadatas(EmiPreviewDto, '', true, false)
    .map((rule) => rule.propertyName),
);

/**
 * Every field of the DTO is `@Allow()`ed: the only failure is a key it does not declare. A plain JSON object whose
 * keys are all declared passes as it is; anything else goes through the usual validation, so it answers the usual
 * error. class-transformer and class-validator cost the public calculator more than the rest of its request did.
 */
@Injectable()
export class EmiPreviewBodyPipe implements PipeTransform {
  private readonly validation = new RequestValidationPipe();

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (isPlainObject(value) && Object.keys(value).every((key) => FIELDS.has(key))) return value;
    return this.validation.transform(value, { ...metadata, metatype: EmiPreviewDto });
  }
}

function isPlainObject(value: unknown): value is object {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
}
