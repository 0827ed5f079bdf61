import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { KeyFactStatement } from '@los/contracts';
import { renderKfsHtml } from './kfs-html.renderer.js';
import { html } from './safe-html.js';

const statement: Omit<KeyFactStatement, 'html'> = {
  applicationId: '11111111-1111-4111-8111-111111111111',
  offerId: '22222222-2222-4222-8222-222222222222',
  lender: {
    code: 'EVIL_CO',
    name: 'Evil <script>alert("x")</script> & Sons',
    grievance: { officer: "O'Brien <b>", email: '"><img src=x onerror=alert(1)>@x.example', phone: '1800 <i>' },
  },
  currency: 'INR',
  terms: {
    offerId: '22222222-2222-4222-8222-222222222222',
    currency: 'INR',
    amount: '250000.00',
    tenureMonths: 2,
    annualRatePercent: 12.5,
    emi: '126000.50',
    processingFee: '2999.00',
    gstOnFees: '539.82',
    netDisbursed: '246461.18',
    apr: 14.1,
    validUntil: '2026-03-22T06:00:00.000Z',
    ruleVersion: 3,
  },
  totalInterest: '2001.00',
  totalPayable: '252001.00',
  otherCharges: '0.00',
  coolingOffDays: 3,
  schedule: [
    {
      installment: 1,
      dueDate: '2026-04-05',
      opening: '250000.00',
      emi: '126000.50',
      interest: '1000.00',
      principal: '125000.50',
      closing: '124999.50',
    },
    {
      installment: 2,
      dueDate: '<x>',
      opening: '124999.50',
      emi: '126000.50',
      interest: '1001.00',
      principal: '124999.50',
      closing: '0.00',
    },
  ],
  acceptedAt: '2026-03-15T06:00:00.000Z',
};

describe('renderKfsHtml', () => {
  const page = renderKfsHtml(statement);

  it('escapes every interpolated value', () => {
    assert.ok(!page.includes('<script>'), 'no live script tag');
    assert.ok(!page.includes('<img'), 'no injected element');
    assert.ok(!page.includes('<b>') && !page.includes('<i>') && !page.includes('<x>'));
    assert.ok(page.includes('Evil &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Sons'));
    assert.ok(page.includes('O&#39;Brien &lt;b&gt;'));
    assert.ok(page.includes('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;@x.example'));
  });

  it('shows the figures a borrower needs, in rupees, and a row per instalment', () => {
    for (const text of ['₹2,50,000.00', '₹1,26,000.50', '12.5% per annum', '14.1%', '3 day(s)', 'Rule version 3', '₹2,52,001.00']) {
      assert.ok(page.includes(text), text);
    }
    assert.equal(page.match(/<tr><td>\d+<\/td>/g)?.length, 2);
    assert.ok(page.startsWith('<!DOCTYPE html>'));
  });

  it('keeps already-escaped fragments and escapes plain values in the template tag', () => {
    assert.equal(html`<p>${'<a>'}${html`<br>`}${['&', html`<i>`]}${undefined}</p>`.value, '<p>&lt;a&gt;<br>&amp;<i></p>');
  });
});
