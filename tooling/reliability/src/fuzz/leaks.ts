/** Internal text an answer must never carry: stack frames, the server's own file system paths,
 * SQL and driver errors, JavaScript error names, errno codes, the database file itself, the
 * signing key. A match that the request itself contained (an echoed value in a validation
 * message) is not a leak. Paths are matched exactly (the server's folders and the repository),
 * not by shape: the fuzz stores `../../../etc/passwd` as a skill, and the profile shows it. */
const LEAK_PATTERNS: RegExp[] = [
  /\n\s+at [^\n]*(\(|:\d+:\d+)/,
  /\bat (async |Object\.|new |Module\.)/,
  /node_modules|\/dist\/[\w/-]+\.js|\.ts:\d+/,
  /SQLITE_[A-Z]+|SqliteError|better-sqlite3|sqlite3?_/i,
  /\bno such (table|column)\b|near "[^"]{0,40}": syntax error|UNIQUE constraint failed|FOREIGN KEY constraint/i,
  /\b(SELECT|INSERT INTO|UPDATE|DELETE FROM)\b[^\n]{0,120}\b(FROM|VALUES|SET|WHERE)\b/,
  /\b(TypeError|RangeError|ReferenceError|InternalError|AggregateError)\b/,
  /Cannot read propert|is not a function|is not iterable|Maximum call stack|out of memory/i,
  /\b(ENOENT|EACCES|EISDIR|ENOTDIR|EMFILE|EPIPE)\b/,
  /SQLite format 3/,
];

/** `secrets`: texts that must never appear (the signing key, the server's folders). */
export function leakIn(answer: string, request: string, secrets: string[]): string | null {
  for (const secret of secrets) if (secret && answer.includes(secret)) return `a secret or server path (${secret.slice(0, 12)}...)`;
  for (const pattern of LEAK_PATTERNS) {
    const match = pattern.exec(answer);
    if (match && !request.includes(match[0])) return match[0].slice(0, 120);
  }
  return null;
}
