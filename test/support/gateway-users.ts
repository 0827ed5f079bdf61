import { randomBytes } from 'node:crypto';
import { HttpClient } from './http-client.js';

/** The gateway's first admin in every test suite (the development defaults of scripts/lib/services.mjs). */
export const TEST_ADMIN = { email: 'admin@los.local', password: 'ChangeMe-Admin-2026' };
export const TEST_JWT_SECRET = 'local-development-only-jwt-secret-0123456789';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  token: string;
  refreshToken: string;
  http: HttpClient;
}

const unique = () => randomBytes(4).toString('hex');
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string };

/** Creates and signs in users of every role through the public API, as a client would. */
export class GatewayUsers {
  private admin?: TestUser;

  constructor(private readonly gateway: HttpClient) {}

  async applicant(label = 'applicant'): Promise<TestUser> {
    const email = `${label}-${unique()}@example.in`;
    const password = `pw-${unique()}-secret`;
    const response = await this.gateway.post('/v1/auth/register', { email, password, fullName: 'Test Applicant', mobile: '9876543210' });
    if (response.status !== 201) throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
    return this.asUser(email, password, response.body);
  }

  async withRole(role: string, partnerCode?: string): Promise<TestUser> {
    const admin = await this.adminUser();
    const email = `${role}-${unique()}@lender.in`;
    const password = `pw-${unique()}-secret`;
    const created = await admin.http.post('/v1/users', {
      email,
      password,
      fullName: `Test ${role}`,
      role,
      ...(partnerCode ? { partnerCode } : {}),
    });
    if (created.status !== 201) throw new Error(`user creation failed: ${created.status} ${JSON.stringify(created.body)}`);
    return this.login(email, password);
  }

  async adminUser(): Promise<TestUser> {
    this.admin ??= await this.login(TEST_ADMIN.email, TEST_ADMIN.password);
    return this.admin;
  }

  async login(email: string, password: string): Promise<TestUser> {
    const response = await this.gateway.post('/v1/auth/login', { email, password });
    if (response.status !== 200) throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`);
    return this.asUser(email, password, response.body);
  }

  private asUser(email: string, password: string, tokens: { accessToken: string; refreshToken: string }): TestUser {
    return {
      id: claimsOf(tokens.accessToken).sub,
      email,
      password,
      token: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      http: this.gateway.withHeaders({ authorization: `Bearer ${tokens.accessToken}` }),
    };
  }
}

/** A valid application body; override parts per test. */
export function applicationBody(overrides: { applicant?: object; loan?: object; [key: string]: unknown } = {}) {
  const { applicant, loan, ...rest } = overrides;
  return {
    applicant: {
      fullName: 'Asha Verma',
      dob: '1990-04-21',
      mobile: '9876543210',
      email: 'asha@example.in',
      pan: 'ABCPV1234F',
      employmentType: 'SALARIED',
      monthlyIncome: '85000.00',
      existingEmiMonthly: '12000.00',
      pincode: '560034',
      city: 'Bengaluru',
      state: 'Karnataka',
      ...applicant,
    },
    loan: { amount: '250000.00', tenureMonths: 36, purpose: 'Home renovation', ...loan },
    ...rest,
  };
}
