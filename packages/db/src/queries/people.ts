import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../schema.ts';

export interface StaffFilter {
	/** Part of a name or e-mail address. */
	query?: string;
	team?: string;
	/** A language spoken, e.g. `es`. */
	language?: string;
	/** ISO code of the country of work. */
	country?: string;
	limit?: number;
}

export interface StaffMember {
	id: string;
	display_name: string;
	email: string;
	team: string | null;
	languages: string[];
	country_code: string | null;
}

/** The staff directory: users with a team, filtered, by name. */
export async function searchStaff(db: Kysely<Database>, filter: StaffFilter = {}): Promise<StaffMember[]> {
	let query = db
		.selectFrom('users')
		.select(['id', 'display_name', 'email', 'team', 'languages', 'country_code'])
		.where('team', 'is not', null)
		.where('disabled_at', 'is', null);
	const text = filter.query?.trim().slice(0, 100);
	if (text) {
		// LIKE wildcards typed by the user are matched literally.
		const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		query = query.where((eb) => eb.or([eb('display_name', 'ilike', pattern), eb('email', 'ilike', pattern)]));
	}
	if (filter.team) query = query.where('team', '=', filter.team);
	if (filter.language) query = query.where(sql<SqlBool>`${filter.language} = any (languages)`);
	if (filter.country) query = query.where('country_code', '=', filter.country);
	return query
		.orderBy('display_name')
		.limit(Math.min(filter.limit ?? 50, 200))
		.execute();
}

/** The members of an organisation with their role there. */
export async function organisationMembers(db: Kysely<Database>, organisationId: string) {
	return db
		.selectFrom('memberships as m')
		.innerJoin('users as u', 'u.id', 'm.user_id')
		.select(['u.id', 'u.display_name', 'u.email', 'm.role'])
		.where('m.organisation_id', '=', organisationId)
		.where('u.disabled_at', 'is', null)
		.orderBy('u.display_name')
		.execute();
}
