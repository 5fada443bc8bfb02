import { DriverException } from '@mikro-orm/core';

/**
 * What of an error may be written to the log. MikroORM runs SQL with the parameters inlined, and
 * a driver error's message is that SQL plus the database's complaint (which may quote a value
 * again): logging it put password hashes and e-mail addresses in the log (issue 7). A driver
 * error is logged as its class, codes, the names PostgreSQL reports and the SQL with every
 * literal replaced by `?`; any other error as its class and its message with quoted text removed.
 */
export function describeForLog(error: unknown): Record<string, unknown> {
  // Apollo and graphql-js wrap what a resolver or the context threw; the cause is what matters.
  const driver = causes(error).find((cause) => cause instanceof DriverException);
  if (driver) error = driver;
  if (!(error instanceof Error)) return { error: typeof error };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s*at /.test(line))
    .map((line) => line.trim());
  if (error instanceof DriverException) {
    const driver = error as DriverException & Partial<Record<'table' | 'column' | 'constraint', string>>;
    return {
      error: error.name,
      code: driver.code,
      sqlState: driver.sqlState,
      ...pick(driver, ['table', 'column', 'constraint']),
      sql: sqlOf(error.message),
      stack: frames,
    };
  }
  const code = (error as { code?: unknown }).code;
  return {
    error: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    message: withoutQuotedText(error.message),
    stack: frames,
  };
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current instanceof Error && chain.length < 10;) {
    chain.push(current);
    current = (current as { originalError?: unknown }).originalError ?? current.cause;
  }
  return chain;
}

const SQL_START =
  /^\s*(select|insert|update|delete|with|begin|commit|rollback|savepoint|release|pragma|create|alter|drop|set|lock|truncate)\b/i;

/** The statement of a driver message (`<sql> - <complaint>`), literals replaced; undefined when there is none. */
export function sqlOf(message: string): string | undefined {
  const redacted = withoutLiterals(message);
  if (!SQL_START.test(redacted)) return undefined;
  const end = redacted.indexOf(' - ');
  return (end === -1 ? redacted : redacted.slice(0, end)).trim();
}

/** SQL with its string (also E'', X'') and numeric literals replaced by `?`. */
export function withoutLiterals(sql: string): string {
  return sql
    .replace(/(?:\b[EeXxBbNn])?'(?:[^']|'')*'/g, '?')
    .replace(/'[^']*$/, '?')
    .replace(/(?<![\w$."`])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?(?![\w."`])/gi, '?');
}

/** Free text with anything quoted ('…', "…", `…`) removed: messages quote the values they complain about. */
export function withoutQuotedText(text: string): string {
  return text.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '…').replace(/['"`].*$/s, '…');
}

function pick<T extends object>(object: T, keys: (keyof T)[]): Partial<T> {
  return Object.fromEntries(keys.filter((key) => object[key] != null).map((key) => [key, object[key]])) as Partial<T>;
}
