/**
 * The server's clock. Services that decide by time (a call's deadline) ask it rather than `new
 * Date()`, so a test can stand at the last millisecond before a deadline without faking Date.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
