// Constraint violations come back as typed errors that callers can turn into field messages,
// never as raw SQL error text.

export class DbError extends Error {
	override name = 'DbError';
}

/** Another translation of the same site and locale already has this slug. */
export class SlugTaken extends DbError {
	override name = 'SlugTaken';
	readonly slug: string;
	constructor(slug: string) {
		super(`slug "${slug}" is already taken`);
		this.slug = slug;
	}
}

/** A unique value (e-mail address, key…) that already exists. */
export class AlreadyExists extends DbError {
	override name = 'AlreadyExists';
	readonly constraint: string;
	constructor(constraint: string) {
		super(`already exists (${constraint})`);
		this.constraint = constraint;
	}
}

/** A value the schema refuses (check constraint). */
export class InvalidValue extends DbError {
	override name = 'InvalidValue';
	readonly constraint: string;
	constructor(constraint: string) {
		super(`invalid value (${constraint})`);
		this.constraint = constraint;
	}
}

/** A reference to something that does not exist. */
export class MissingReference extends DbError {
	override name = 'MissingReference';
	readonly constraint: string;
	constructor(constraint: string) {
		super(`missing reference (${constraint})`);
		this.constraint = constraint;
	}
}

interface PgError {
	code?: string;
	constraint?: string;
	detail?: string;
}

/** Maps a PostgreSQL error to a typed one; anything else is returned unchanged. */
export function toDbError(error: unknown, context: { slug?: string } = {}): unknown {
	const pgError = error as PgError;
	const constraint = pgError?.constraint ?? '';
	switch (pgError?.code) {
		case '23505':
			return constraint === 'entry_translations_slug_key'
				? new SlugTaken(
						context.slug ?? /\(([^)]*)\)=\([^,]*, [^,]*, ([^)]*)\)/.exec(pgError.detail ?? '')?.[2] ?? ''
					)
				: new AlreadyExists(constraint);
		case '23514':
			return new InvalidValue(constraint);
		case '23503':
			return new MissingReference(constraint);
		default:
			return error;
	}
}

/** Runs `work`, rethrowing database constraint errors as typed errors. */
export async function withDbErrors<T>(work: () => Promise<T>, context: { slug?: string } = {}): Promise<T> {
	try {
		return await work();
	} catch (error) {
		throw toDbError(error, context);
	}
}
