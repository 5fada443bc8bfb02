import { DateTimeResolver } from 'graphql-scalars';

/** ISO-8601 date-time (`DateTime` in the schema). */
export const DateTimeScalar = DateTimeResolver;
