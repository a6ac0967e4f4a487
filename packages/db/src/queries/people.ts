import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../schema.ts';
import { isUuid } from '../uuid.ts';
import { pageWindow, type Paging } from '../paging.ts';
import { containsPattern } from './like.ts';
import { staffOrganisationIdsOf, staffOrganisationNamesOf } from './staff.ts';
import { defaultGroupLanguage, groupName, type GroupLanguage } from './group-names.ts';

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
	/** WSM, FOS or both: the staff organisations they work for. */
	organisations: string[];
}

/** The active staff of WSM and FOS (see `staffOrganisationIdsOf`) that match the filter. */
function staffQuery(db: Kysely<Database>, filter: StaffFilter) {
	let query = db
		.selectFrom('users')
		.where(sql<SqlBool>`exists ${staffOrganisationIdsOf(sql.ref('users.id'))}`)
		.where('disabled_at', 'is', null);
	const text = filter.query?.trim().slice(0, 100);
	if (text) {
		const pattern = containsPattern(text);
		query = query.where((eb) => eb.or([eb('display_name', 'ilike', pattern), eb('email', 'ilike', pattern)]));
	}
	if (filter.team) query = query.where('team', '=', filter.team);
	if (filter.language) query = query.where(sql<SqlBool>`${filter.language} = any (languages)`);
	if (filter.country) query = query.where('country_code', '=', filter.country);
	return query;
}

// By name, then id: equal names keep their order, so that no one moves from one page to the next.
const staffRows = (db: Kysely<Database>, filter: StaffFilter) =>
	staffQuery(db, filter)
		.select(['id', 'display_name', 'email', 'team', 'languages', 'country_code'])
		.select(staffOrganisationNamesOf(sql.ref('users.id')).as('organisations'))
		.orderBy('display_name')
		.orderBy('id');

/** The staff directory: the active staff of WSM and FOS, filtered, by name (at most `limit`, 200). */
export async function searchStaff(db: Kysely<Database>, filter: StaffFilter = {}): Promise<StaffMember[]> {
	return staffRows(db, filter)
		.limit(Math.min(filter.limit ?? 50, 200))
		.execute();
}

/** A page of the staff directory (`limit` at most 200), with how many match in all. */
export async function staffDirectoryPage(
	db: Kysely<Database>,
	filter: Omit<StaffFilter, 'limit'>,
	paging: Paging
): Promise<{ total: number; people: StaffMember[] }> {
	const page = pageWindow(paging);
	const [count, people] = await Promise.all([
		staffQuery(db, filter)
			.select((eb) => eb.fn.countAll<string>().as('count'))
			.executeTakeFirstOrThrow(),
		staffRows(db, filter).limit(page.limit).offset(page.offset).execute()
	]);
	return { total: Number(count.count), people };
}

/** What the staff directory can be filtered by: the teams, languages and countries staff have. */
export async function staffDirectoryOptions(db: Kysely<Database>) {
	const { rows } = await sql<{ kind: 'team' | 'language' | 'country'; value: string }>`
		with staff as (
			select u.team, u.languages, u.country_code from users u
			where u.disabled_at is null and exists ${staffOrganisationIdsOf(sql.ref('u.id'))})
		select distinct 'team' as kind, team as value from staff where team is not null
		union select distinct 'language', unnest(languages) from staff
		union select distinct 'country', country_code from staff where country_code is not null
		order by kind, value`.execute(db);
	const of = (kind: string) => rows.filter((row) => row.kind === kind).map((row) => row.value);
	return { teams: of('team'), languages: of('language'), countries: of('country') };
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

/** The platform's member organisations as its public home page lists them: name and website, by name. */
export async function memberOrganisations(db: Kysely<Database>) {
	return db.selectFrom('organisations').select(['slug', 'name', 'website']).orderBy('name').execute();
}

/** The platform's directory: each member organisation with its active members, by name. */
export async function platformDirectory(db: Kysely<Database>) {
	const [organisations, members] = await Promise.all([
		db.selectFrom('organisations').select(['id', 'slug', 'name', 'kind']).orderBy('name').execute(),
		db
			.selectFrom('memberships as m')
			.innerJoin('users as u', 'u.id', 'm.user_id')
			.select(['m.organisation_id', 'u.id', 'u.display_name', 'm.role'])
			.where('u.disabled_at', 'is', null)
			.orderBy('u.display_name')
			.execute()
	]);
	return organisations.map((organisation) => ({
		...organisation,
		members: members.filter((member) => member.organisation_id === organisation.id)
	}));
}

/** A member's profile as other members see it; undefined for anyone who is not an active member. */
export async function memberProfile(
	db: Kysely<Database>,
	userId: string,
	language: GroupLanguage = defaultGroupLanguage
) {
	if (!isUuid(userId)) return undefined;
	const user = await db
		.selectFrom('users')
		.select(['id', 'display_name', 'email', 'bio', 'languages', 'country_code'])
		.where('id', '=', userId)
		.where('disabled_at', 'is', null)
		.executeTakeFirst();
	if (!user) return undefined;
	const [organisations, groups] = await Promise.all([
		db
			.selectFrom('memberships as m')
			.innerJoin('organisations as o', 'o.id', 'm.organisation_id')
			.select(['o.name', 'm.role'])
			.where('m.user_id', '=', userId)
			.orderBy('o.name')
			.execute(),
		db
			.selectFrom('working_group_members as g')
			.innerJoin('working_groups as w', 'w.id', 'g.group_id')
			.select(['w.slug', groupName(language).as('name')])
			.where('g.user_id', '=', userId)
			.orderBy('name')
			.execute()
	]);
	// Platform people only: staff without an organisation have no profile here.
	if (organisations.length === 0) return undefined;
	return { ...user, organisations, groups };
}

/** What a member may change about themselves in the directory. */
export async function updateProfile(
	db: Kysely<Database>,
	userId: string,
	profile: { bio: string; languages: string[] }
): Promise<void> {
	await db
		.updateTable('users')
		.set({ bio: profile.bio || null, languages: profile.languages, updated_at: new Date() })
		.where('id', '=', userId)
		.execute();
}
