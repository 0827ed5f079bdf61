import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CommandHandler } from './durable-handler.js';
import { DurableHandlers } from './durable-handlers.registry.js';

class Payload {}
class FirstHandler implements CommandHandler {
  readonly payloadClass = Payload;
  execute = () => Promise.resolve({ type: 'x.evt.done.v1', payload: {} });
}
class SecondHandler extends FirstHandler {}

describe('DurableHandlers', () => {
  it('finds each declared handler by its name', () => {
    const sut = new DurableHandlers();
    const handler = new FirstHandler();
    sut.load({ commands: [['x.cmd.do.v1', handler]], events: [] });
    assert.equal(sut.commandFor('x.cmd.do.v1'), handler);
    assert.equal(sut.commandFor('x.cmd.other.v1'), undefined);
    assert.deepEqual(sut.commandPatterns(), ['x.cmd.do.v1']);
  });

  it('refuses two handlers for one name, naming both', () => {
    const sut = new DurableHandlers();
    assert.throws(
      () =>
        sut.load({
          commands: [
            ['x.cmd.do.v1', new FirstHandler()],
            ['x.cmd.do.v1', new SecondHandler()],
          ],
          events: [],
        }),
      /Two durable command handlers for x\.cmd\.do\.v1: FirstHandler and SecondHandler/,
    );
  });
});
