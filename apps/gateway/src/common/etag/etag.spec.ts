import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { etagOf, ifNoneMatchHits } from './etag.js';

describe('etagOf', () => {
  it('is a quoted tag that follows the content', () => {
    const tag = etagOf({ id: 'a', status: 'DRAFT' });
    assert.match(tag, /^"[A-Za-z0-9_-]{32}"$/);
    assert.equal(etagOf({ id: 'a', status: 'DRAFT' }), tag);
    assert.notEqual(etagOf({ id: 'a', status: 'SUBMITTED' }), tag);
  });

  it('differs between two views of the same record', () => {
    assert.notEqual(etagOf({ id: 'a', pan: 'ABCPV1234F' }), etagOf({ id: 'a', pan: 'XXXXXX234F' }));
  });

  it('hashes a text body as it is sent', () => {
    assert.equal(etagOf('<html>'), etagOf('<html>'));
    assert.notEqual(etagOf('<html>'), etagOf(JSON.stringify('<html>')));
  });
});

describe('ifNoneMatchHits', () => {
  const tag = etagOf({ v: 1 });

  it('matches the tag itself, in a list, as a weak tag, and *', () => {
    assert.equal(ifNoneMatchHits(tag, tag), true);
    assert.equal(ifNoneMatchHits(`"other", ${tag}`, tag), true);
    assert.equal(ifNoneMatchHits(`W/${tag}`, tag), true);
    assert.equal(ifNoneMatchHits('*', tag), true);
  });

  it('does not match another tag or no header', () => {
    assert.equal(ifNoneMatchHits(etagOf({ v: 2 }), tag), false);
    assert.equal(ifNoneMatchHits(undefined, tag), false);
    assert.equal(ifNoneMatchHits('', tag), false);
  });
});
