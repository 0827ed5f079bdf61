import mysql from 'mysql2';

type PromiseOf = ((this: object, promiseImpl?: PromiseConstructor) => unknown) & { keepsWrappers?: true };

/**
 * TypeORM calls mysql2's `connection.promise()` on every query, and that `require`s the wrapper's module each time.
 * Once `mysql2/promise` has loaded that module first (migrations import it), Node's per-caller resolve cache never holds
 * this `require`, so every query paid a full module resolution: stat calls up the folder tree, about 5 % of a create's
 * CPU in the gateway's profile. The wrapper keeps no state of its own, so each pooled connection keeps its first one.
 */
export function keepPoolConnectionWrappers(poolConnection: { prototype: object } = mysql.PoolConnection): void {
  const prototype = poolConnection.prototype as { promise: PromiseOf };
  const wrap = prototype.promise;
  if (wrap.keepsWrappers) return;
  const kept = new WeakMap<object, unknown>();
  const promise: PromiseOf = function (this: object, promiseImpl?: PromiseConstructor) {
    if (promiseImpl) return wrap.call(this, promiseImpl);
    if (!kept.has(this)) kept.set(this, wrap.call(this));
    return kept.get(this);
  };
  promise.keepsWrappers = true;
  prototype.promise = promise;
}
