import { getMetadataStorage } from 'class-validator';

type MetadataStorage = ReturnType<typeof getMetadataStorage>;
type Lookup = MetadataStorage['getTargetValidationMetadatas'] & { memoized?: true };

/**
 * class-validator looks up a class's rules on every validation: it filters that class's rules, then tests the class
 * against every class that has rules (`instanceof`) to find inherited ones, and groups the result by property. Rules
 * only change when a decorator registers one, so the answer is kept per (class, schema, options) until then. Nothing
 * in class-validator mutates what the lookups return.
 */
export function memoizeValidationMetadata(storage: MetadataStorage = getMetadataStorage()): void {
  const lookup = storage.getTargetValidationMetadatas as Lookup;
  if (lookup.memoized) return;
  const group = storage.groupByPropertyName;
  const add = storage.addValidationMetadata;
  let byTarget = new Map<unknown, Map<string, ReturnType<Lookup>>>();
  let grouped = new WeakMap<object, ReturnType<MetadataStorage['groupByPropertyName']>>();

  const memoized: Lookup = function (this: MetadataStorage, target, schema, always, strictGroups, groups) {
    const key = JSON.stringify([schema, always, strictGroups, groups]);
    let forTarget = byTarget.get(target);
    if (!forTarget) byTarget.set(target, (forTarget = new Map()));
    let found = forTarget.get(key);
    if (!found) forTarget.set(key, (found = lookup.call(this, target, schema, always, strictGroups, groups)));
    return found;
  };
  memoized.memoized = true;
  storage.getTargetValidationMetadatas = memoized;
  storage.groupByPropertyName = function (this: MetadataStorage, metadata) {
    let found = grouped.get(metadata);
    if (!found) grouped.set(metadata, (found = group.call(this, metadata)));
    return found;
  };
  storage.addValidationMetadata = function (this: MetadataStorage, metadata) {
    byTarget = new Map();
    grouped = new WeakMap();
    add.call(this, metadata);
  };
}
