import type { KeyFactStatement, ScheduleRow } from '@los/contracts';
import { html, SafeHtml } from './safe-html.js';

const inr = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', minimumFractionDigits: 2 });
/** Formats the decimal string itself (Intl reads it exactly), never a float made from it. */
const rupees = { format: (amount: string) => inr.format(amount as `${number}`) };
const STYLE = new SafeHtml(
  'body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}' +
    'table{border-collapse:collapse;width:100%;margin:1.25rem 0}caption{text-align:left;font-weight:600;padding:.25rem 0}' +
    'th,td{border:1px solid #999;padding:.35rem .5rem;text-align:left;vertical-align:top}.num{text-align:right}',
);

/** The Key Fact Statement as a standalone page, laid out as RBI's KFS: terms, qualitative facts, schedule. */
export function renderKfsHtml(kfs: Omit<KeyFactStatement, 'html'>): string {
  const { lender, terms } = kfs;
  return html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Key Fact Statement: ${lender.name}</title><style>${STYLE}</style></head>
<body>
<h1>Key Fact Statement</h1>
<p>Lender: <strong>${lender.name}</strong> (${lender.code})<br>Application ${kfs.applicationId}, offer ${terms.offerId}<br>Accepted at ${kfs.acceptedAt}</p>
<table><caption>Part 1: Interest rate and fees</caption><tbody>
${row('Loan amount', rupees.format(terms.amount))}
${row('Loan term', `${terms.tenureMonths} months`)}
${row('Instalments', `${terms.tenureMonths} monthly instalments (EMI) of ${rupees.format(terms.emi)}`)}
${row('Interest rate (fixed, reducing balance)', `${terms.annualRatePercent}% per annum`)}
${row('Processing fee', rupees.format(terms.processingFee))}
${row('GST on fees', rupees.format(terms.gstOnFees))}
${row('Other charges', rupees.format(kfs.otherCharges))}
${row('Net disbursed amount', rupees.format(terms.netDisbursed))}
${row('Total interest', rupees.format(kfs.totalInterest))}
${row('Total amount to be paid', rupees.format(kfs.totalPayable))}
${row('Annual Percentage Rate (APR)', `${terms.apr}%`)}
</tbody></table>
<table><caption>Part 2: Other information</caption><tbody>
${row('Cooling-off period', `${kfs.coolingOffDays} day(s) from disbursal: you may exit by repaying the principal and the proportionate APR, without any penalty.`)}
${row('Grievance redressal officer', `${lender.grievance.officer}, ${lender.grievance.email}, ${lender.grievance.phone}`)}
${row('Offer terms set by', `Rule version ${terms.ruleVersion} of ${lender.code}`)}
</tbody></table>
<table><caption>Annex: Repayment schedule</caption>
<thead><tr><th>#</th>${kfs.schedule.some((r) => r.dueDate) ? html`<th>Due date</th>` : ''}<th class="num">Opening balance</th><th class="num">EMI</th><th class="num">Interest</th><th class="num">Principal</th><th class="num">Closing balance</th></tr></thead>
<tbody>
${kfs.schedule.map(scheduleRow)}
</tbody></table>
</body></html>
`.value;
}

function row(label: string, value: string): SafeHtml {
  return html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`;
}

function scheduleRow(r: ScheduleRow): SafeHtml {
  const money = (amount: string) => html`<td class="num">${rupees.format(amount)}</td>`;
  return html`<tr><td>${r.installment}</td>${r.dueDate ? html`<td>${r.dueDate}</td>` : ''}${money(r.opening)}${money(r.emi)}${money(r.interest)}${money(r.principal)}${money(r.closing)}</tr>
`;
}
