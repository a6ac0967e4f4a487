// What the schemas' tests share: reading a refusal back, and values of an exact length.
import * as v from 'valibot';

/** The first message of each field of a refused input. */
export function problems(schema: v.GenericSchema, input: unknown): Record<string, string> {
	const result = v.safeParse(schema, input);
	const found: Record<string, string> = {};
	for (const issue of result.issues ?? []) found[v.getDotPath(issue) ?? ''] ??= issue.message;
	return found;
}

/** A text of exactly `length` characters. */
export const x = (length: number) => 'x'.repeat(length);

/** An address of exactly `length` characters. */
export const address = (length: number) => `${x(length - '@example.org'.length)}@example.org`;

/** A stand-in for the apps' Brussels clock reader: `datetime-local` read as UTC. */
export const parseTime = (text: string) =>
	/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text) ? new Date(`${text}Z`) : undefined;
