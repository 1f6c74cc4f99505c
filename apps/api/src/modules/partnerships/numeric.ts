import type { ValueTransformer } from 'typeorm';

/**
 * PostgreSQL's numeric and bigint arrive as strings (node-postgres keeps their precision); these
 * columns hold measurements and amounts in agorot well within a double's exact range.
 */
export const NUMERIC: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
