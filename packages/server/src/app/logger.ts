type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

let threshold = order[(process.env.LOG_LEVEL as Level) ?? 'info'] ?? order.info;

export const setLogLevel = (level: Level | 'silent') => {
  threshold = order[level];
};

export type LogSink = (level: Level, line: string) => void;

const standardStreams: LogSink = (level, line) =>
  (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(`${line}\n`);
let sink = standardStreams;

/** Where log lines go (stdout/stderr unless replaced; tests read what would be logged). */
export const setLogSink = (replacement: LogSink | null) => {
  sink = replacement ?? standardStreams;
};

function write(level: Level, message: string, fields: Record<string, unknown> = {}) {
  if (order[level] < threshold) return;
  sink(level, JSON.stringify({ at: new Date().toISOString(), level, message, ...fields }));
}

/** Structured one-line JSON logs on stdout/stderr; the server never sends these to clients. */
export const logger = {
  debug: (m: string, f?: Record<string, unknown>) => write('debug', m, f),
  info: (m: string, f?: Record<string, unknown>) => write('info', m, f),
  warn: (m: string, f?: Record<string, unknown>) => write('warn', m, f),
  error: (m: string, f?: Record<string, unknown>) => write('error', m, f),
};
