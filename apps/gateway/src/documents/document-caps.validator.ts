import { registerDecorator, type ValidationArguments } from 'class-validator';
import { DOCUMENT_CAPS, DocumentType, type DocumentCap } from './document-types.constants.js';

/** The caps of a document type, or undefined for anything that is not one. */
export function capOf(type: unknown): DocumentCap | undefined {
  return Object.values(DocumentType).includes(type as DocumentType) ? DOCUMENT_CAPS[type as DocumentType] : undefined;
}

const capOfSibling = (args: ValidationArguments) => capOf((args.object as { type?: unknown }).type);
const typeName = (args: ValidationArguments) => String((args.object as { type?: unknown }).type);

// Both checks pass when `type` is unknown: that is reported on `type`, and checking against no cap is noise.

/** The content type is one that the sibling `type` allows. */
export function IsContentTypeAllowedForType() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isContentTypeAllowedForType',
      target: target.constructor,
      propertyName,
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const cap = capOfSibling(args);
          return !cap || (typeof value === 'string' && cap.contentTypes.includes(value));
        },
        defaultMessage: (args: ValidationArguments) =>
          `${propertyName} must be one of ${capOfSibling(args)?.contentTypes.join(', ')} for ${typeName(args)}`,
      },
    });
}

/** At most the byte cap of the sibling `type`; being a positive integer is checked by `@IsInt() @Min(1)`. */
export function IsWithinSizeCapForType() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isWithinSizeCapForType',
      target: target.constructor,
      propertyName,
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const cap = capOfSibling(args);
          return !cap || typeof value !== 'number' || value <= cap.maxBytes;
        },
        defaultMessage: (args: ValidationArguments) =>
          `${propertyName} must not be greater than ${capOfSibling(args)?.maxBytes} for ${typeName(args)}`,
      },
    });
}
