import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * One logger for the process: JSON lines for machines, readable lines when a person watches a
 * terminal outside production. Personal data never goes in: the paths below are redacted.
 */
export function createLogger(level: string, { pretty = isInteractive() } = {}): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.email',
        '*.phone',
      ],
      censor: '[redacted]',
    },
    ...(pretty
      ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' } } }
      : {}),
  });
}

function isInteractive(): boolean {
  return Boolean(process.stdout.isTTY) && process.env['NODE_ENV'] !== 'production';
}
