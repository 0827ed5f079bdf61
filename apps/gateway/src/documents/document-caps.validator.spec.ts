import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { capOf } from './document-caps.validator.js';
import { DocumentType } from './document-types.constants.js';
import { RequestUploadDto } from './dto/request-upload.dto.js';

const MB = 1024 * 1024;

const failingFields = (body: Record<string, unknown>) =>
  [...new Set(validateSync(plainToInstance(RequestUploadDto, body)).map((error) => error.property))].sort();

const messagesOf = (body: Record<string, unknown>) =>
  validateSync(plainToInstance(RequestUploadDto, body)).flatMap((error) => Object.values(error.constraints ?? {}));

describe('document caps', () => {
  it('accepts every allowed content type up to the exact cap', () => {
    for (const type of Object.values(DocumentType)) {
      const cap = capOf(type)!;
      for (const contentType of cap.contentTypes) {
        assert.deepEqual(failingFields({ type, contentType, sizeBytes: cap.maxBytes }), [], `${type} ${contentType}`);
        assert.deepEqual(failingFields({ type, contentType, sizeBytes: 1 }), [], `${type} ${contentType}`);
      }
    }
  });

  it('caps PHOTO at 2 MB of JPEG or PNG and BANK_STATEMENT at 10 MB of PDF', () => {
    assert.deepEqual(capOf(DocumentType.Photo), { contentTypes: ['image/jpeg', 'image/png'], maxBytes: 2 * MB });
    assert.deepEqual(capOf(DocumentType.BankStatement), { contentTypes: ['application/pdf'], maxBytes: 10 * MB });
    assert.equal(capOf('PASSPORT'), undefined);
  });

  it('names contentType when the type does not allow it', () => {
    assert.deepEqual(failingFields({ type: 'PHOTO', contentType: 'application/pdf', sizeBytes: 100 }), ['contentType']);
    assert.deepEqual(failingFields({ type: 'BANK_STATEMENT', contentType: 'image/png', sizeBytes: 100 }), ['contentType']);
    assert.deepEqual(failingFields({ type: 'PAN_CARD', contentType: 'IMAGE/JPEG', sizeBytes: 100 }), ['contentType']);
    assert.match(messagesOf({ type: 'PHOTO', contentType: 'text/html', sizeBytes: 100 }).join(), /image\/jpeg, image\/png for PHOTO/);
  });

  it('names sizeBytes when it is over the cap, not positive or not an integer', () => {
    assert.deepEqual(failingFields({ type: 'PHOTO', contentType: 'image/png', sizeBytes: 2 * MB + 1 }), ['sizeBytes']);
    assert.deepEqual(failingFields({ type: 'BANK_STATEMENT', contentType: 'application/pdf', sizeBytes: 10 * MB + 1 }), ['sizeBytes']);
    for (const sizeBytes of [0, -1, 1.5, '100', null]) {
      assert.deepEqual(failingFields({ type: 'PHOTO', contentType: 'image/png', sizeBytes }), ['sizeBytes'], String(sizeBytes));
    }
  });

  it('reports an unknown type on type alone', () => {
    assert.deepEqual(failingFields({ type: 'PASSPORT', contentType: 'image/png', sizeBytes: 100 * MB }), ['type']);
    assert.deepEqual(failingFields({ contentType: 'image/png', sizeBytes: 100 }), ['type']);
  });
});
