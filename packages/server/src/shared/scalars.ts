import { GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

/** ISO-8601 date-time (`DateTime` in the schema). */
export const DateTimeScalar = DateTimeResolver;

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD. */
const isCalendarDay = (value: string) =>
  CALENDAR_DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/**
 * A calendar day, `YYYY-MM-DD` (`Date` in the schema; api.md's `startDate: Date!`): no time, no
 * zone, so a plan starting on 2027-01-01 starts on that day wherever it is read.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD.',
  serialize(value) {
    if (typeof value === 'string' && isCalendarDay(value)) return value;
    throw new TypeError('Date cannot represent this value');
  },
  parseValue(value) {
    if (typeof value === 'string' && isCalendarDay(value)) return value;
    throw new TypeError('a Date is a calendar day written YYYY-MM-DD');
  },
  parseLiteral(node) {
    if (node.kind === Kind.STRING && isCalendarDay(node.value)) return node.value;
    throw new TypeError('a Date is a calendar day written YYYY-MM-DD');
  },
});
