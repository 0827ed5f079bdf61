import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MILESTONE_TEMPLATES, render, TEMPLATES, TemplateId } from './notification-templates.js';

const VARIABLES = { firstName: 'Asha', applicationRef: '9F1C2E1A', amount: '1,50,000.00' };

describe('notification templates', () => {
  it('renders every template with the known variables only, within one SMS-sized text', () => {
    for (const template of Object.values(TEMPLATES)) {
      const { subject, body } = render(template, VARIABLES);
      assert.doesNotMatch(`${subject} ${body}`, /\{\{|\}\}/, template.id);
      assert.ok(body.length <= 160 * 2, `${template.id} fits two SMS parts`);
      assert.match(template.dltTemplateId, /^\d{19}$/, template.id);
    }
  });

  it('gives each template its own DLT template id, and each milestone an existing template', () => {
    const ids = Object.values(TEMPLATES).map((template) => template.dltTemplateId);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of Object.values(MILESTONE_TEMPLATES)) assert.ok(TEMPLATES[id!], id);
  });

  it('fills the variables in, and refuses a variable it was not given', () => {
    assert.equal(
      render(TEMPLATES[TemplateId.Disbursed], VARIABLES).body,
      'Dear Asha, Rs 1,50,000.00 for loan application 9F1C2E1A is disbursed to your bank account. - LOS',
    );
    assert.throws(() => render({ ...TEMPLATES[TemplateId.Disbursed], body: 'PAN {{pan}}' }, VARIABLES), /unknown variable pan/);
  });
});
