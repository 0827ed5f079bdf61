import { randomBytes } from 'node:crypto';
import { createConnection, type Connection } from 'mysql2/promise';
import { MongoClient } from 'mongodb';
import { GatewayUsers } from './gateway-users.js';
import { HttpClient } from './http-client.js';
import { PrivateRedis } from './private-redis.js';
import { appsScript, migrateScript, netScript, servicesScript, type Infra, type ServiceInfo } from './repo-scripts.js';
import { sharedInfra, TEST_STATE_DIR } from './test-infra.js';

export interface AppSpec {
  service: string;
  env?: Record<string, string>;
}

/** The whole system: the simulators and every service, one replica each. */
export const EVERY_SERVICE: readonly AppSpec[] = [
  { service: 'sandbox' },
  { service: 'gateway' },
  { service: 'kyc-service' },
  { service: 'offer-service' },
  { service: 'underwriting-service' },
  { service: 'disbursal-service' },
];

export interface RunningApp {
  service: string;
  pid: number;
  url: string;
  http: HttpClient;
}

/**
 * Part of the suite, started for one test file: its own databases (prefix), its own Redis, and the
 * apps it asks for (a service named twice runs two replicas). `stop()` removes every trace.
 */
export class TestSuite {
  private gatewayUsers?: GatewayUsers;

  private constructor(
    readonly prefix: string,
    readonly infra: Infra,
    readonly redis: PrivateRedis,
    readonly apps: RunningApp[],
    private readonly services: ServiceInfo[],
  ) {}

  static async start(name: string, specs: readonly AppSpec[], sharedEnv: Record<string, string> = {}): Promise<TestSuite> {
    const prefix = `t_${name}_${randomBytes(3).toString('hex')}`;
    const redis = await PrivateRedis.start();
    const infra = { ...sharedInfra(), redisUrl: redis.url };
    const { serviceByName, databaseUrl } = await servicesScript();
    const services = [...new Set(specs.map((spec) => spec.service))].map(serviceByName);
    const { migrateService } = await migrateScript();
    for (const service of services.filter((s) => s.db)) {
      await migrateService(service, databaseUrl(infra.mysqlUrl, prefix, service), 'up');
    }
    const suite = new TestSuite(prefix, infra, redis, [], services);
    // The simulators come first: the services that call them are told where they listen.
    const sandboxes = specs.filter((spec) => spec.service === 'sandbox');
    await suite.startInOrder(sandboxes.map((spec) => [spec.service, { ...sharedEnv, ...spec.env }]));
    const sandboxEnv: Record<string, string> = sandboxes.length
      ? { SANDBOX_URL: suite.app('sandbox').url, SMS_API_URL: `${suite.app('sandbox').url}/sandbox/sms` }
      : {};
    const others = specs.filter((spec) => spec.service !== 'sandbox');
    await suite.startInOrder(others.map((spec) => [spec.service, { ...sandboxEnv, ...sharedEnv, ...spec.env }]));
    return suite;
  }

  /**
   * Starts apps at once but lists them in the order asked, so `app(service, replica)` names the replica a spec
   * configured whichever became ready first; those that did start are listed (and stopped) even when one fails.
   */
  private async startInOrder(apps: [string, Record<string, string>][]): Promise<void> {
    const started = await Promise.allSettled(apps.map(([service, env]) => this.launch(service, env)));
    for (const result of started) if (result.status === 'fulfilled') this.apps.push(result.value);
    const failed = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;
  }

  async startApp(serviceName: string, env: Record<string, string> = {}): Promise<RunningApp> {
    const app = await this.launch(serviceName, env);
    this.apps.push(app);
    return app;
  }

  private async launch(serviceName: string, env: Record<string, string>): Promise<RunningApp> {
    const { serviceByName } = await servicesScript();
    const port = await (await netScript()).freePort();
    const started = await (
      await appsScript()
    ).startApp(process.cwd(), serviceByName(serviceName), this.infra, {
      stateDir: TEST_STATE_DIR,
      prefix: this.prefix,
      port,
      extra: { LOG_LEVEL: 'warn', ...env },
    });
    return { service: serviceName, pid: started.pid, url: started.url, http: new HttpClient(started.url) };
  }

  /** Users of the first gateway replica. */
  get users(): GatewayUsers {
    this.gatewayUsers ??= new GatewayUsers(this.app('gateway').http);
    return this.gatewayUsers;
  }

  app(service: string, replica = 0): RunningApp {
    const app = this.apps.filter((a) => a.service === service)[replica];
    if (!app) throw new Error(`No replica ${replica} of ${service} in this suite`);
    return app;
  }

  async stopApp(app: RunningApp): Promise<void> {
    await (await appsScript()).stopPids([app.pid]);
    this.apps.splice(this.apps.indexOf(app), 1);
  }

  async mysql(service: string): Promise<Connection> {
    const { serviceByName, databaseUrl } = await servicesScript();
    return createConnection(databaseUrl(this.infra.mysqlUrl, this.prefix, serviceByName(service)));
  }

  async stop(): Promise<void> {
    await (await appsScript()).stopPids(this.apps.map((a) => a.pid));
    this.redis.stop();
    const server = await createConnection(this.infra.mysqlUrl);
    const mongo = new MongoClient(this.infra.mongoUrl);
    try {
      for (const service of this.services.filter((s) => s.db)) {
        await server.query(`DROP DATABASE IF EXISTS \`${this.prefix}_${service.db}\``);
        await mongo.db(`${this.prefix}_${service.db}`).dropDatabase();
      }
    } finally {
      await server.end();
      await mongo.close();
    }
  }
}
