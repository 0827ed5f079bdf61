import type { CanonicalApplicant, DisbursalRequest, LoanAsk } from '../contract/canonical.js';

/** A fixed applicant and ask for serializer specs. */
export const FIXTURE_APPLICANT: CanonicalApplicant = {
  applicationId: 'APP-0001',
  fullName: 'Priya Raman',
  dob: '1990-06-15',
  pan: 'ABCPR1234K',
  mobile: '9876543210',
  email: 'priya@example.in',
  employmentType: 'SALARIED',
  monthlyIncome: '85000.50',
  existingEmiMonthly: '5000.00',
  pincode: '560001',
  city: 'Bengaluru',
  state: 'Karnataka',
  bureauScore: 760,
};

export const FIXTURE_ASK: LoanAsk = { amount: '300000.00', tenureMonths: 24, purpose: 'home renovation' };

export const FIXTURE_DISBURSAL: DisbursalRequest = {
  applicationId: 'APP-0001',
  partnerReference: 'REF-1',
  amount: '295500.00',
  beneficiary: { accountNumber: '50100123456789', ifsc: 'HDFC0001234', name: 'Priya Raman' },
};

/** A fetch double answering from a queue and recording every request. */
export function scriptedFetch(answers: Array<{ status: number; body?: unknown; headers?: Record<string, string> } | Error>) {
  const calls: Array<{ url: string; method: string; headers: Record<string, string>; body?: unknown }> = [];
  const fetchFn = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({
      url: String(url),
      method: init?.method ?? 'GET',
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    const answer = answers.shift();
    if (!answer) throw new Error('no scripted answer left');
    if (answer instanceof Error) throw answer;
    return new Response(answer.body === undefined ? null : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body), {
      status: answer.status,
      headers: answer.headers,
    });
  }) as typeof fetch;
  return { fetchFn, calls };
}
