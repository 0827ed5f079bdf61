import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { signDetachedJws, verifiesDetachedJws } from './ocean-jws.js';

// The same vector is asserted against the adapter in libs/nbfc/src/partners/ocean/detached-jws.spec.ts.
// Test vector from the scheme's description (RFC 7515 Appendix F detached JWS, RS256 over
// "base64url(header).base64url(body)", header {"alg":"RS256","kid":"tv-1"}), computed apart from any of our code:
// H=$(printf '%s' "$HEADER" | base64url); P=$(printf '%s' "$BODY" | base64url)
// printf '%s' "$H.$P" | openssl dgst -sha256 -sign key.pem | base64url   (RSASSA-PKCS1-v1_5 is deterministic)
const VECTOR_KEY_PEM = [
  '-----BEGIN PRIVATE KEY-----',
  'MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQC9jbtnky4NV06m',
  'mzq4lMIqJfjCot5hGnnH/HRK8L6atzL0ecGXOs1yPTJBF19nEmpd40XlJRJvvONm',
  '0pXOy48/A/SQTvjDtgonkD3Ubf+YrsCvM/IP3K7RBUgM0PdDISs6hweAP4y4G+mG',
  '/JTtNzLtlKS98ALhNRnx7uwoFdk19IhFF61q3LhTZQi1agO/mNcVW7dE9d5WK7Yl',
  '8KNvOkR7Ai9wud3LdMJBSiEWVvItsVb/rfCsg4nOazwq0ABKkXfjYCseYG+yX0oP',
  'cf5iZ+bOwRCBjgKlio/OGk2euHmaZlnDPB4DmId4QbOLa1stgsYwlr2GBDxC128I',
  'R458m0lFAgMBAAECggEAM0bCcd/SHuDF0XL/fQwcxCsWcox9bLYtSGimCtm6Lf8t',
  '5Q2EzYSmK+ebDxmkAK1uIazH7RdMt/ZYa6m+xbyyKOFIiLscN1EoyRAPccY51NM9',
  'I4gBTMItdjSgC3uBz+KKn6AEavCGAA3o68+q98qtV7CUqh7hoIttU9GGh8d1RU9D',
  'd49FFP7IlPu5goQslLlEV7zWO0BToqP785o7ITBn8a3d5QU5l2xCPRT+g5/Po9zQ',
  'MkOj+hV+VHjY2EQeBW+qOp/GCsh5ubT1lc40koRw9MrTRbHw+H0GMCmfHdD4co0B',
  '6gR89Ex+smnfLGJzV3BoG2O+TB5mVio8THPmJVi/BwKBgQD4wqfRDsVAcjeBthx6',
  '2KHf0dDTPE9yUHhKcfWdi2T6aunoWYqilxcsybExjFSMHTpd2WARhyc2fPpU8Shy',
  'i3rIcwRFGd5DvBSAORTz28tApoHoBYXdKHR6q08psDmrQcy1AexkpycZzWUEcUZK',
  'OwUaH2guvKkgJTVzJ5wp5JzY2wKBgQDDEfenGeD9/qU/64Ry4832Y+Dd+23tT79i',
  'CMFcUmg6pZwOakNyGJ8H686v82NS0+O2h4nYRsZ5r4793ZQG0Wy8/nELJGCbE1Bd',
  'gv1gsYcIX/lTQ0Wv++JbGFsrGhw0qvWiX0Wz/hQHxdA4kx8dF8dYMB1T/vgHvWzP',
  'HF5ypcVwXwKBgDDyJBD3ZgpjLta/3WSygU9Hul4FzOACQ1jqiVhhWBIJvVJxY9zP',
  '+8hdOxcztGMJUTWsEsIAJNAM0TirZrj7BsKwFtP93gTX2fTMxnmg8qIa4Q6lH4y/',
  'bAPC90WNnhs7TCsFYN0BIqlqB4lTPHBYoo1cRqSDjId9qsGotoprqAznAoGAIZYy',
  'Yd8e0hzKLxtKDs4SZF4GFbJ41udoOGTxhgfaUl65Y/H/8uEyYJbFW544d8Zr6r2j',
  'ik2FVuZXZHaGSjY81r2okRaOW6UTrUYkgkWOzm5X63IlyYtBChZDfERenuLgsDhf',
  'NAKHSF9S3qrWLJgvhouiQRghdJO07GQiDvNj71kCgYA9PqY12SMbDCE6Wcj2kyFP',
  '2sjNiLbCQDJLiFvfB3cwY5RzIHHKgIXgDZqULCHW1a4LPnokZBmw5SyFpUA0Pnan',
  '8c0Qx2xkRMBsAr0pfvp13yrdRFggef4PRF3ayG6UdGzjOBMIYTmq0rR9NhngfI/Y',
  'wSOWMtugoWkhfyvRrmCueg==',
  '-----END PRIVATE KEY-----',
].join('\n');
const VECTOR_BODY = '{"requestId":"tv-1","amount":"250000.00","tenureMonths":24}';
const VECTOR_JWS =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6InR2LTEifQ..YcCd7ELhi61RRfC47yV7lIxPkziX3Hhm4cEG7VAm4QWxRSwDGq3CPjNs1JLRZioYyHMb2Y_xiFp7qXn-limj27aDseMpIavHrcWXVGYoErx6fo2hGKou_awcIKnMJHY_NwSDU6FTng_mm1fXNINrLBvVmPZGaCc9skuvA3D-cOzKLKXIGf45m-nOSfjj4J23uyGUcpeG3LgjmL15lkCWhjOluHqsdjlfU3_t1h5l6ZL2syrt0XJPbqPnFS20MlWX5RwBak3rM2HfM9DkuCC4fni9YHLfFym3IUm3gGPSPVicjE4S9zVS4mazclhThtnL0z9YdovnaXF-zxy4lkAcqQ';

describe('OCEAN sandbox detached JWS', () => {
  const privateKey = createPrivateKey(VECTOR_KEY_PEM);
  const publicKey = createPublicKey(privateKey);

  it('signs the fixed test vector', () => {
    assert.equal(signDetachedJws(VECTOR_BODY, privateKey, 'tv-1'), VECTOR_JWS);
  });

  it('verifies the test vector over the exact body only', () => {
    assert.equal(verifiesDetachedJws(VECTOR_JWS, VECTOR_BODY, publicKey), true);
    assert.equal(verifiesDetachedJws(VECTOR_JWS, VECTOR_BODY.replace('250000.00', '950000.00'), publicKey), false);
  });
});
