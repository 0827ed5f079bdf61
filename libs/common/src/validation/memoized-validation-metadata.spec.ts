import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getMetadataStorage, IsInt, IsString, validate } from 'class-validator';
import { memoizeValidationMetadata } from './memoized-validation-metadata.js';

memoizeValidationMetadata();
memoizeValidationMetadata();

class Person {
  @IsString() name!: unknown;
}

class Borrower extends Person {
  @IsInt() income!: unknown;
}

const failedProperties = async (value: object) => (await validate(value)).map((error) => error.property).sort();

describe('memoizeValidationMetadata', () => {
  it('validates as class-validator does, inherited rules included, looking each class up once', async () => {
    assert.deepEqual(await failedProperties(Object.assign(new Borrower(), { name: 1, income: 'x' })), ['income', 'name']);
    assert.deepEqual(await failedProperties(Object.assign(new Borrower(), { name: 'Asha', income: 5 })), []);
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(Borrower, '', false, false);
    assert.equal(storage.getTargetValidationMetadatas(Borrower, '', false, false), first);
    assert.deepEqual(first.map((rule) => rule.propertyName).sort(), ['income', 'name']);
    assert.notEqual(storage.getTargetValidationMetadatas(Borrower, '', false, false, ['other']), first);
    assert.equal(storage.groupByPropertyName(first), storage.groupByPropertyName(first));
  });

  it('sees a rule registered after a lookup, on the class and on its subclasses', async () => {
    assert.deepEqual(await failedProperties(Object.assign(new Borrower(), { name: 'Asha', income: 5, city: 7 })), []);
    IsString()(Person.prototype, 'city');
    assert.deepEqual(await failedProperties(Object.assign(new Person(), { name: 'Asha', city: 7 })), ['city']);
    assert.deepEqual(await failedProperties(Object.assign(new Borrower(), { name: 'Asha', income: 5, city: 7 })), ['city']);
  });
});
