// One check for ids that come from outside (a URL, a form) before they reach a query: PostgreSQL
// refuses a malformed uuid with an error, and a refused id is answered as "not found".
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value from a URL or a form is a well-formed id, in either case (as PostgreSQL reads it). */
export const isUuid = (value: unknown): value is string =>
	typeof value === 'string' && uuidPattern.test(value);
