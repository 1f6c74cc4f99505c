import { pino, type Logger } from 'pino';

export type { Logger };

/** One logger for the process. Personal data never goes in: the paths below are redacted. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.email', '*.phone'],
      censor: '[redacted]',
    },
  });
}
