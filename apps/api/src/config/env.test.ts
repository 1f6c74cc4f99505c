import { describe, expect, it } from 'vitest';
import { loadConfig, parseTrustProxy } from './env.js';

describe('TRUST_PROXY', () => {
  it('trusts only the loopback proxy by default', () => {
    expect(loadConfig({}).http.trustProxy).toEqual(['loopback']);
  });

  it('takes all or nothing, a number of proxies, or a list of addresses, subnets and names', () => {
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy(' 2 ')).toBe(2);
    expect(parseTrustProxy('loopback, 10.0.0.0/8,fd00::/8 ,192.168.1.10')).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
      '192.168.1.10',
    ]);
    expect(parseTrustProxy('uniquelocal,linklocal')).toEqual(['uniquelocal', 'linklocal']);
  });

  it.each(['yes', '10.0.0.0/33', 'fd00::/129', '10.0.0/8', 'loopback,,', '', '1.5', 'localhost', '10.0.0.0/8/8'])(
    'refuses %j at start, naming the variable and what it accepts',
    (value) => {
      expect(parseTrustProxy(value)).toMatchObject({ error: expect.stringMatching(/number of proxies/) });
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY: .*not a proxy address/);
    },
  );
});

describe('limits from the environment', () => {
  it('has defaults for the request rate and the statement timeout', () => {
    const config = loadConfig({});
    expect(config.http.requestsPerMinute).toBe(600);
    expect(config.statementTimeoutMs).toBe(15_000);
  });

  it('reads them, and refuses values that make no sense', () => {
    const config = loadConfig({ RATE_LIMIT_REQUESTS_PER_MINUTE: '120', DATABASE_STATEMENT_TIMEOUT_SECONDS: '30' });
    expect(config.http.requestsPerMinute).toBe(120);
    expect(config.statementTimeoutMs).toBe(30_000);
    expect(() => loadConfig({ RATE_LIMIT_REQUESTS_PER_MINUTE: '0' })).toThrow(/RATE_LIMIT_REQUESTS_PER_MINUTE/);
    expect(() => loadConfig({ DATABASE_STATEMENT_TIMEOUT_SECONDS: 'soon' })).toThrow(
      /DATABASE_STATEMENT_TIMEOUT_SECONDS/,
    );
  });
});
