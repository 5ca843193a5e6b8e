/** Text formats of the REST contract that the API tests match response values against. */

/** A datetime as the contract renders it: `YYYY-MM-DD HH:MM:SS` (UTC, no zone, no fraction). */
export const DATETIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
