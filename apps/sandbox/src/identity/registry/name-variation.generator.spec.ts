import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderName, varyName } from './name-variation.generator.js';
import { parsePersonName } from './person-name.js';
import type { NameVariation } from './variation.constants.js';

const shown = (fullName: string, variation: NameVariation, gender: 'M' | 'F' | 'T' = 'M', seed = 'ABCPS1234K') =>
  renderName(varyName(parsePersonName(fullName), variation, gender, seed));

describe('varyName', () => {
  it('shows each structural variation of a three-part name', () => {
    assert.equal(shown('Rajesh Kumar Sharma', 'exact'), 'Rajesh Kumar Sharma');
    assert.equal(shown('Rajesh Kumar Sharma', 'upper'), 'RAJESH KUMAR SHARMA');
    assert.equal(shown('Rajesh Kumar Sharma', 'initials'), 'R. Kumar Sharma');
    assert.equal(shown('Rajesh Kumar Sharma', 'reorder'), 'Sharma Rajesh Kumar');
    assert.equal(shown('Rajesh Kumar Sharma', 'missing_middle'), 'Rajesh Sharma');
  });

  it('leaves a one-word name alone where a variation needs a surname', () => {
    for (const variation of ['initials', 'reorder', 'missing_middle'] as const)
      assert.equal(shown('Jayalalithaa', variation), 'Jayalalithaa');
  });

  it('prefers a listed transliteration variant, in either direction, keeping the case', () => {
    assert.equal(shown('Laxmi Devi Srivastava', 'spelling', 'F'), 'Lakshmi Devi Srivastava');
    assert.equal(shown('Anand Shrivastava', 'spelling'), 'Anand Srivastava');
    assert.equal(shown('MOHD IRFAN', 'spelling'), 'MOHAMMED IRFAN');
    assert.equal(shown('Mohammed Irfan', 'spelling'), 'Mohd Irfan');
  });

  it('otherwise applies the first romanisation rewrite that fits some word', () => {
    assert.equal(shown('Aarti Patil', 'spelling', 'F'), 'Arti Patil');
    assert.equal(shown('Sunil Kulkarni', 'spelling'), 'Suneel Kulkarni');
    assert.equal(shown('Rahul Gupta', 'spelling'), 'Rahool Gupta');
    assert.equal(shown('Pallavi Joshi', 'spelling', 'F'), 'Palavi Joshi');
    assert.equal(shown('Ashwin Rao', 'spelling'), 'Ashvin Rao');
    assert.equal(shown('Amit Jain', 'spelling'), 'Ameet Jain');
  });

  it('always changes a realistic name when asked for a spelling variant', () => {
    for (const name of ['Rajesh Kumar Sharma', 'Gurpreet Singh Sandhu', 'Hetal Rameshbhai Patel', 'Senthil Murugan', 'Ayesha Khan']) {
      assert.notEqual(shown(name, 'spelling'), name, name);
    }
  });

  it('titles by gender, the same title for the same seed', () => {
    assert.match(shown('Rajesh Sharma', 'honorific', 'M'), /^(Mr|Shri) Rajesh Sharma$/);
    assert.match(shown('Sunita Verma', 'honorific', 'F'), /^(Smt|Ms) Sunita Verma$/);
    assert.equal(shown('Sunita Verma', 'honorific', 'F', 'X'), shown('Sunita Verma', 'honorific', 'F', 'X'));
  });
});
