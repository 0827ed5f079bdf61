import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isValidAadhaar } from '@los/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IdentitySource } from '../identity-source.js';
import { DEMO_IDENTITIES, DemoOutcome } from './demo-identities.constants.js';
import { toDemoIdentityView } from './demo-identity.view.js';
import { IdentityRegistryService } from './identity-registry.service.js';
import { RegisterIdentityDto } from './register-identity.dto.js';

describe('demo identities', () => {
  it('are valid registrations with distinct numbers and individual PANs, and cover every outcome', () => {
    for (const demo of DEMO_IDENTITIES) {
      const errors = validateSync(plainToInstance(RegisterIdentityDto, demo.registration));
      assert.deepEqual(errors, [], demo.key);
      assert.ok(isValidAadhaar(demo.registration.aadhaar), `${demo.key}: Verhoeff`);
      assert.match(demo.registration.pan, /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/, demo.key);
    }
    for (const field of ['key', 'pan', 'aadhaar'] as const) {
      const values = DEMO_IDENTITIES.map((demo) => (field === 'key' ? demo.key : demo.registration[field]));
      assert.equal(new Set(values).size, values.length, field);
    }
    assert.deepEqual(new Set(DEMO_IDENTITIES.map((demo) => demo.triggers)), new Set(Object.values(DemoOutcome)));
  });

  it('are registered at boot, each with what makes its outcome', () => {
    const registry = new IdentityRegistryService();
    const of = (key: string) => {
      const demo = DEMO_IDENTITIES.find((d) => d.key === key)!;
      return registry.findByPan(demo.registration.pan)!;
    };
    assert.deepEqual(
      [of('verified').panStatus, of('verified').aadhaarSeeded, of('verified').unavailableSource],
      ['VALID', true, undefined],
    );
    assert.equal(of('review').aadhaarSeeded, false);
    assert.equal(of('failed').panStatus, 'DEACTIVATED');
    assert.equal(of('source-down').unavailableSource, IdentitySource.Ckyc);
    const verified = DEMO_IDENTITIES[0]!;
    assert.equal(registry.findByAadhaar(verified.registration.aadhaar)?.pan, verified.registration.pan);
  });

  it('are listed with the details a client applies with', () => {
    const view = toDemoIdentityView(DEMO_IDENTITIES[0]!);
    assert.deepEqual(Object.keys(view).sort(), ['aadhaar', 'address', 'description', 'dob', 'gender', 'key', 'name', 'pan', 'triggers']);
    assert.deepEqual([view.pan, view.name, view.triggers], ['ZZZPQ0750Q', 'Asha Verma', 'VERIFIED']);
  });
});
