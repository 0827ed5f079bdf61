import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { foldTransliteration as fold } from './transliteration.normaliser.js';

const same = (a: string, b: string) => assert.equal(fold(a), fold(b), `${a} / ${b}`);
const distinct = (a: string, b: string) => assert.notEqual(fold(a), fold(b), `${a} / ${b}`);

describe('foldTransliteration', () => {
  it('folds the common romanisation choices onto one key', () => {
    same('lakshmikant', 'laxmikant'); // ksh / x
    same('shailesh', 'sailesh'); // sh / s
    same('aakash', 'akash'); // aa / a
    same('neeraj', 'niraj'); // ee / i
    same('roopesh', 'rupesh'); // oo / u
    same('wasim', 'vasim'); // w / v
    same('phalguni', 'falguni'); // ph / f
    same('zeenat', 'jinat'); // z / j
    same('sunitha', 'sunita'); // th / t
    same('madhav', 'madav'); // dh / d
    same('bhaskar', 'baskar'); // bh / b
    same('uday', 'udai'); // y ending
    same('jaggi', 'jagi'); // doubled letters
  });

  it('knows regional spellings and surname variants', () => {
    same('sanjoy', 'sanjay'); // Bengali o for a
    same('krupa', 'kripa'); // Marathi/Gujarati ru for ri
    same('manjunatha', 'manjunath'); // Kannada final schwa
    same('narender', 'narendra');
    same('chowdhury', 'chaudhary');
    same('tewari', 'tiwari');
  });

  it('keeps gender pairs and different names apart', () => {
    distinct('amit', 'amita');
    distinct('neeraj', 'neeraja');
    distinct('manish', 'manisha');
    distinct('rakesh', 'rajesh');
    distinct('kiran', 'karan');
  });
});
