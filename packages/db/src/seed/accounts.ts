// Seed: the organisations of the platform and the demo accounts of every role, with their
// memberships and site editorships.
import { hash } from '@node-rs/argon2';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';

type Tx = Transaction<Database>;

/** The password of every demo account; printed by `npm start`, never used in production. */
export const demoPassword = 'solidair-demo-2026';

/** OWASP's argon2id parameters (m = 19 MiB, t = 2, p = 1), as @solidair/auth uses them. */
const argon2Options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

// The platform's members, listed on its home page (linked to their website when they have one).
export const organisations = [
	{ slug: 'wsm', name: 'WSM', kind: 'movement', website: 'https://www.wsm.be' },
	{ slug: 'fos', name: 'FOS', kind: 'ngo', website: 'https://www.fos.ngo' },
	{ slug: 'acv-csc', name: 'ACV-CSC', kind: 'union', website: 'https://www.hetacv.be' },
	{ slug: 'abvv-fgtb', name: 'ABVV-FGTB', kind: 'union', website: 'https://www.abvv.be' },
	{ slug: 'aclvb-cgslb', name: 'ACLVB-CGSLB', kind: 'union', website: 'https://www.aclvb.be' },
	{ slug: 'cm-mc', name: 'CM-MC', kind: 'mutuality', website: 'https://www.cm.be' },
	{ slug: 'solidaris', name: 'Solidaris', kind: 'mutuality', website: 'https://www.solidaris.be' },
	{
		slug: 'solidarite-socialiste',
		name: 'Solidarité Socialiste',
		kind: 'ngo',
		website: 'https://www.solsoc.be'
	},
	{ slug: 'oxfam-solidariteit', name: 'Oxfam-Solidariteit', kind: 'ngo', website: null }
] as const;

export interface DemoUser {
	email: string;
	name: string;
	role: string;
	organisation?: string;
	orgRole?: 'member' | 'admin';
	platformAdmin?: boolean;
	intranetAdmin?: boolean;
	editorOf?: 'wsm' | 'fos';
	/** Reviews that site's texts before they are published. */
	reviewerOf?: 'wsm' | 'fos';
	/** The language of the intranet and of the mails they get; Dutch when not given. */
	locale?: 'nl' | 'fr' | 'en' | 'es';
	team?: string;
	languages?: string[];
	country?: string;
}

export const demoUsers: DemoUser[] = [
	{
		email: 'admin@waardigwerk.be',
		name: 'Lotte Claes',
		role: 'platform admin',
		organisation: 'wsm',
		orgRole: 'admin',
		platformAdmin: true
	},
	{
		email: 'els.peeters@acv-csc.be',
		name: 'Els Peeters',
		role: 'organisation admin (ACV-CSC)',
		organisation: 'acv-csc',
		orgRole: 'admin'
	},
	{
		email: 'karim.elamrani@abvv-fgtb.be',
		name: 'Karim El Amrani',
		role: 'member (ABVV-FGTB)',
		organisation: 'abvv-fgtb',
		orgRole: 'member'
	},
	{
		email: 'sophie.dubois@solidaris.be',
		name: 'Sophie Dubois',
		role: 'member (Solidaris)',
		organisation: 'solidaris',
		orgRole: 'member'
	},
	{
		email: 'an.janssens@wsm.be',
		name: 'An Janssens',
		role: 'site editor (WSM)',
		organisation: 'wsm',
		orgRole: 'member',
		editorOf: 'wsm',
		team: 'Communicatie',
		languages: ['nl', 'fr', 'en'],
		country: 'BE'
	},
	{
		email: 'tom.vermeulen@fos.ngo',
		name: 'Tom Vermeulen',
		role: 'site editor (FOS)',
		organisation: 'fos',
		orgRole: 'member',
		editorOf: 'fos',
		team: 'Communicatie',
		languages: ['nl', 'en'],
		country: 'BE'
	},
	{
		email: 'claire.dupont@wsm.be',
		name: 'Claire Dupont',
		role: 'site editor and reviewer (WSM)',
		organisation: 'wsm',
		orgRole: 'member',
		editorOf: 'wsm',
		reviewerOf: 'wsm',
		locale: 'fr',
		team: 'Communication',
		languages: ['fr', 'nl', 'en'],
		country: 'BE'
	},
	{
		email: 'marie.lambert@wsm.be',
		name: 'Marie Lambert',
		role: 'intranet admin',
		organisation: 'wsm',
		orgRole: 'member',
		intranetAdmin: true,
		team: 'ICT',
		languages: ['fr', 'nl', 'es'],
		country: 'BE'
	}
];

/** Hashes the demo password for each demo account not yet in the database (argon2 is slow on purpose). */
export async function hashNewDemoPasswords(db: Kysely<Database>): Promise<Map<string, string>> {
	const hashes = new Map<string, string>();
	const existing = new Set(
		(
			await db
				.selectFrom('users')
				.select(sql<string>`lower(email)`.as('email'))
				.execute()
		).map((r) => r.email)
	);
	for (const user of demoUsers) {
		if (!existing.has(user.email)) hashes.set(user.email, await hash(demoPassword, argon2Options));
	}
	return hashes;
}

/** The organisations; returns a look-up of their ids by slug. */
export async function seedOrganisations(tx: Tx): Promise<(slug: string) => string> {
	for (const org of organisations) {
		await tx
			.insertInto('organisations')
			.values(org)
			.onConflict((oc) =>
				oc.column('slug').doUpdateSet({ name: org.name, kind: org.kind, website: org.website })
			)
			.execute();
	}
	const orgIds = new Map(
		(await tx.selectFrom('organisations').select(['id', 'slug']).execute()).map((o) => [o.slug, o.id])
	);
	return (slug: string) => {
		const id = orgIds.get(slug);
		if (!id) throw new Error(`unknown organisation ${slug}`);
		return id;
	};
}

/** The demo accounts (new ones with their hashed password), their memberships and editorships. */
export async function seedUsers(
	tx: Tx,
	hashes: Map<string, string>,
	orgId: (slug: string) => string
): Promise<void> {
	for (const user of demoUsers) {
		const passwordHash = hashes.get(user.email);
		if (passwordHash) {
			await tx
				.insertInto('users')
				.values({
					email: user.email,
					display_name: user.name,
					password_hash: passwordHash,
					is_platform_admin: user.platformAdmin ?? false,
					is_intranet_admin: user.intranetAdmin ?? false,
					locale: user.locale ?? 'nl',
					team: user.team ?? null,
					languages: user.languages ?? [],
					country_code: user.country ?? null
				})
				.execute();
		}
		const { id } = await tx
			.selectFrom('users')
			.select('id')
			.where(sql<boolean>`lower(email) = ${user.email}`)
			.executeTakeFirstOrThrow();
		if (user.organisation && user.orgRole) {
			await tx
				.insertInto('memberships')
				.values({ user_id: id, organisation_id: orgId(user.organisation), role: user.orgRole })
				.onConflict((oc) => oc.doNothing())
				.execute();
		}
		if (user.editorOf) {
			await tx
				.insertInto('site_editors')
				.values({ user_id: id, site_id: user.editorOf })
				.onConflict((oc) => oc.doNothing())
				.execute();
		}
		if (user.reviewerOf) {
			await tx
				.insertInto('site_reviewers')
				.values({ user_id: id, site_id: user.reviewerOf })
				.onConflict((oc) => oc.doNothing())
				.execute();
		}
	}
}
