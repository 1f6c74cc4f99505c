import fs from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository's root, whether running from src/ (tsx) or dist/ (the bundle). */
export const REPO_ROOT = findRepoRoot();

function findRepoRoot(): string {
  // Walk up from this file (src/config when run by tsx, dist/ when bundled) to the folder with turbo.json.
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'turbo.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the repository root (no turbo.json above the API).');
    dir = parent;
  }
  return dir;
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  /** Any PostgreSQL server; when unset the API runs an embedded one under DATA_DIR. */
  DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  /** Where the embedded PostgreSQL keeps its data. */
  DATA_DIR: optionalText,
  /** The CBS localities file imported on first start; the copy beside the checkout is tried otherwise. */
  CBS_LOCALITIES_FILE: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where the built dashboard is; served at `/`. */
  WEB_DIST_DIR: optionalText,
  /** A browser session ends after this long unused, and after SESSION_MAX_HOURS in any case. */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(120),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Sign-in attempts allowed per window, per account and per address; successes are given back. */
  SIGN_IN_ATTEMPTS_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  SIGN_IN_ATTEMPTS_PER_ADDRESS: z.coerce.number().int().min(1).default(50),
  SIGN_IN_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** Session cookies only over HTTPS; on by default in production, where a proxy terminates TLS. */
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  /** Which proxies' X-Forwarded-For to believe (Express's `trust proxy`); see parseTrustProxy. */
  TRUST_PROXY: z
    .string()
    .default('loopback')
    .transform((value, ctx) => {
      const parsed = parseTrustProxy(value);
      if (typeof parsed === 'object' && 'error' in parsed) {
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }
      return parsed;
    }),
  /** GraphQL requests per client address per minute, counted in this process (docs/security.md). */
  RATE_LIMIT_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /**
   * API processes on this machine (main.ts): more than one shares the port between worker
   * processes, one per core at most, each with its own connections and search index.
   */
  API_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
  /** Connections each API process keeps open to PostgreSQL (docs/benchmarks.md measures the search with it). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** PostgreSQL cancels a statement of the API's that runs longer than this. */
  DATABASE_STATEMENT_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
});

/** Express's `trust proxy`: a number of hops, all or nothing, or the addresses of the proxies. */
export type TrustProxy = boolean | number | string[];

const TRUST_PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY as Express takes it: `true` or `false`, a number of proxies in front (`1` behind one
 * ingress), or a comma-separated list of proxy addresses and subnets (`10.0.0.0/8`) and the names
 * `loopback`, `linklocal`, `uniquelocal`. Anything else is refused here, at start, rather than by
 * Express on the first request.
 */
export function parseTrustProxy(raw: string): TrustProxy | { error: string } {
  const value = raw.trim();
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim());
  const invalid = entries.filter((entry) => !TRUST_PROXY_NAMES.includes(entry) && !isAddressOrSubnet(entry));
  if (entries.length === 0 || invalid.length > 0) {
    const shown = invalid.length > 0 ? invalid.map((entry) => `"${entry}"`).join(', ') : '(empty)';
    return {
      error:
        `${shown} is not a proxy address. Use true, false, the number of proxies in front of the API (1 ` +
        `behind one load balancer), or a comma-separated list of addresses, subnets (10.0.0.0/8) and ` +
        `the names ${TRUST_PROXY_NAMES.join(', ')}.`,
    };
  }
  return entries;
}

function isAddressOrSubnet(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

export interface AppConfig {
  nodeEnv: 'development' | 'test' | 'production';
  isProduction: boolean;
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  cbsLocalitiesFile: string | undefined;
  defaultCbsLocalitiesFile: string;
  logLevel: string;
  webDistDir: string;
  /** PostgreSQL's statement_timeout for the API's connections. */
  statementTimeoutMs: number;
  /** Connections in each API process's pool. */
  databasePoolSize: number;
  /** Processes serving the API on this machine (1: this one alone). */
  apiProcesses: number;
  http: HttpConfig;
  auth: AuthConfig;
}

export interface HttpConfig {
  trustProxy: TrustProxy;
  /** GraphQL requests allowed per client address per minute, in this process. */
  requestsPerMinute: number;
}

export interface AuthConfig {
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  signInAttemptsPerAccount: number;
  signInAttemptsPerAddress: number;
  signInWindowMinutes: number;
  /** Secure cookies, named with the __Host- prefix so no subdomain can set or widen them. */
  secureCookies: boolean;
}

/** Reads the environment once and fails fast with a message that names the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`The environment is not valid:\n${problems}`);
  }
  const values = parsed.data;
  return {
    nodeEnv: values.NODE_ENV,
    isProduction: values.NODE_ENV === 'production',
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    dataDir: path.resolve(values.DATA_DIR ?? path.join(REPO_ROOT, '.data')),
    cbsLocalitiesFile: values.CBS_LOCALITIES_FILE ? path.resolve(values.CBS_LOCALITIES_FILE) : undefined,
    // The shared/ folder sits beside the checkout (see README); the file is never copied into the repo.
    defaultCbsLocalitiesFile: path.resolve(REPO_ROOT, '..', 'shared', 'data', 'cbs-localities-2019.csv'),
    logLevel: values.LOG_LEVEL,
    webDistDir: path.resolve(values.WEB_DIST_DIR ?? path.join(REPO_ROOT, 'apps', 'web', 'dist')),
    statementTimeoutMs: values.DATABASE_STATEMENT_TIMEOUT_SECONDS * 1000,
    databasePoolSize: values.DATABASE_POOL_SIZE,
    apiProcesses: values.API_PROCESSES,
    http: {
      trustProxy: values.TRUST_PROXY,
      requestsPerMinute: values.RATE_LIMIT_REQUESTS_PER_MINUTE,
    },
    auth: {
      sessionIdleMinutes: values.SESSION_IDLE_MINUTES,
      sessionMaxHours: values.SESSION_MAX_HOURS,
      signInAttemptsPerAccount: values.SIGN_IN_ATTEMPTS_PER_ACCOUNT,
      signInAttemptsPerAddress: values.SIGN_IN_ATTEMPTS_PER_ADDRESS,
      signInWindowMinutes: values.SIGN_IN_WINDOW_MINUTES,
      secureCookies: values.COOKIE_SECURE ? values.COOKIE_SECURE === 'true' : values.NODE_ENV === 'production',
    },
  };
}
