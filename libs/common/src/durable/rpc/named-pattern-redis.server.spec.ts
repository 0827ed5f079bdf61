import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ServerRedis } from '@nestjs/microservices';
import { NamedPatternRedisServer } from './named-pattern-redis.server.js';

type RouteOf = { getRouteFromPattern(pattern: string): unknown };
const options = { host: '127.0.0.1', port: 1, lazyConnect: true };
const sut = new NamedPatternRedisServer(options) as unknown as RouteOf;
const nest = new ServerRedis(options) as unknown as RouteOf;

describe('NamedPatternRedisServer', () => {
  it("routes every channel as Nest's own Redis server does", () => {
    for (const channel of [
      'offer.cmd.emi-preview.v1',
      'kyc.cmd.name-match.v1',
      'a:b-c_d',
      '{"cmd":"sum","v":1}',
      '{"v":1,"cmd":"sum"}',
      '42',
      'true',
      'null',
      '"quoted"',
      'has space',
      '',
    ]) {
      assert.deepEqual(sut.getRouteFromPattern(channel), nest.getRouteFromPattern(channel), channel);
    }
  });
});
