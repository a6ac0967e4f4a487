import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
	createTestDatabase,
	createTestGroup,
	createTestOrganisation,
	createTestUser,
	testFileVersion,
	type TestDatabase
} from '../testing.ts';
import {
	activitySince,
	membersDashboard,
	recordVisit,
	sendDueDigests,
	setDigestFrequency,
	type Activity
} from './activity.ts';
import { addFileVersion, createFile } from './files.ts';
import { createThread, joinGroup, replyToThread } from './groups.ts';
import { groupsOf, organisationsOf } from './platform.ts';

const day = 24 * 60 * 60 * 1000;

describe.each(inject('databases'))('activity, visits and digests on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	const ids = { ana: '', ben: '', cleo: '', orgA: '', orgB: '', group: '', other: '' };
	/** The database's clock, so "before" and "after" compare with the rows' own timestamps. */
	const clock = async () =>
		(await sql<{ at: Date }>`select clock_timestamp() as at`.execute(t.db)).rows[0]!.at;
	// A JS Date keeps milliseconds, the database microseconds: a row written in the same millisecond
	// as a reading is after the truncated reading, so "up to now" rounds up.
	const clockAfter = async () => new Date((await clock()).getTime() + 1);
	const summary = (items: Activity[]) => items.map((item) => [item.kind, item.title, item.count]);

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		ids.ana = await createTestUser(t.db, 'ana@example.org', 'Ana', { passwordHash: 'set' });
		ids.ben = await createTestUser(t.db, 'ben@example.org', 'Ben', { passwordHash: 'set' });
		ids.cleo = await createTestUser(t.db, 'cleo@example.org', 'Cleo', { passwordHash: 'set' });
		ids.orgA = await createTestOrganisation(t.db, 'org-a');
		ids.orgB = await createTestOrganisation(t.db, 'org-b');
		await t.db
			.insertInto('memberships')
			.values([
				{ user_id: ids.ana, organisation_id: ids.orgA, role: 'member' },
				{ user_id: ids.ben, organisation_id: ids.orgA, role: 'member' },
				{ user_id: ids.cleo, organisation_id: ids.orgB, role: 'member' }
			])
			.execute();
		ids.group = await createTestGroup(t.db, 'health');
		ids.other = await createTestGroup(t.db, 'water');
		// Open groups, joined at once (a new group is closed: see the closed group's test).
		await t.db.updateTable('working_groups').set({ access: 'open' }).execute();
		await joinGroup(t.db, ids.group, ids.ana);
		await joinGroup(t.db, ids.group, ids.ben);
		await joinGroup(t.db, ids.other, ids.cleo);
	});
	afterAll(async () => t?.drop());

	test('what a member may see since a moment, without their own doings or what is not theirs', async () => {
		const oldThread = await createThread(t.db, {
			groupId: ids.group,
			authorId: ids.ana,
			title: 'Older thread',
			body: 'Before'
		});
		const oldFile = await createFile(t.db, {
			title: 'Older file',
			scope: { scope: 'group', groupId: ids.group },
			createdBy: ids.ana,
			version: testFileVersion('older', ids.ana)
		});
		const since = await clock();

		await createThread(t.db, { groupId: ids.group, authorId: ids.ben, title: 'New thread', body: 'Hello' });
		await replyToThread(t.db, { threadId: oldThread, authorId: ids.ben, body: 'One' });
		await replyToThread(t.db, { threadId: oldThread, authorId: ids.ben, body: 'Two' });
		await replyToThread(t.db, { threadId: oldThread, authorId: ids.ana, body: 'Mine' });
		await addFileVersion(t.db, oldFile, testFileVersion('older v2', ids.ben));
		await createFile(t.db, {
			title: 'Org A budget',
			scope: { scope: 'organisation', organisationId: ids.orgA },
			createdBy: ids.ben,
			version: testFileVersion('budget', ids.ben)
		});
		// Not Ana's to see: another group's thread, another organisation's file.
		await createThread(t.db, { groupId: ids.other, authorId: ids.cleo, title: 'Water only', body: '…' });
		await createFile(t.db, {
			title: 'Org B secret',
			scope: { scope: 'organisation', organisationId: ids.orgB },
			createdBy: ids.cleo,
			version: testFileVersion('secret', ids.cleo)
		});
		const now = await clock();
		await t.db
			.insertInto('platform_events')
			.values([
				{
					group_id: ids.group,
					title: 'Health meeting',
					starts_at: new Date(now.getTime() + day),
					ends_at: new Date(now.getTime() + day + 3_600_000),
					created_by: ids.ben,
					place: null,
					online_url: null
				},
				{
					group_id: ids.other,
					title: 'Water meeting',
					starts_at: new Date(now.getTime() + 30 * day),
					ends_at: new Date(now.getTime() + 30 * day + 3_600_000),
					// Planned by an account that has since been removed.
					created_by: null,
					place: null,
					online_url: null
				}
			])
			.execute();

		const upTo = await clockAfter();
		const ana = await activitySince(t.db, ids.ana, since, { now: upTo });
		expect(summary(ana).sort()).toEqual(
			[
				['meeting', 'Health meeting', 1],
				['file', 'Org A budget', 1],
				['version', 'Older file', 1],
				['replies', 'Older thread', 2],
				['thread', 'New thread', 1]
			].sort()
		);
		expect(ana.find((item) => item.kind === 'replies')).toMatchObject({ actor: 'Ben', groupSlug: 'health' });
		expect(ana.find((item) => item.kind === 'version')).toMatchObject({ version: 2 });
		// Latest first.
		expect(ana.map((item) => item.at.getTime())).toEqual(
			ana.map((item) => item.at.getTime()).sort((a, b) => b - a)
		);

		// The dashboard's one statement gives what the three queries give.
		const dashboard = await membersDashboard(t.db, ids.ana, since, { now: upTo });
		expect(dashboard.activity).toEqual(ana);
		expect(dashboard.activity[0]!.at).toBeInstanceOf(Date);
		expect(dashboard.activity.find((item) => item.kind === 'meeting')!.startsAt).toBeInstanceOf(Date);
		expect(dashboard.organisations).toEqual(await organisationsOf(t.db, ids.ana));
		expect(dashboard.organisations.map((organisation) => organisation.slug)).toEqual(['org-a']);
		expect(dashboard.groups).toEqual(await groupsOf(t.db, ids.ana));
		expect(dashboard.groups.map((group) => group.slug)).toEqual(['health']);
		const nothing = await membersDashboard(t.db, ids.ana, await clockAfter());
		expect(nothing.activity).toEqual([]);

		const cleo = await activitySince(t.db, ids.cleo, since, { now: await clockAfter() });
		expect(summary(cleo).sort()).toEqual([['meeting', 'Water meeting', 1]]);
		// Cleo's own thread and file are hers: not news to her.
		expect(cleo.some((item) => item.title === 'Water only')).toBe(false);

		// Nothing after now.
		expect(await activitySince(t.db, ids.ana, await clockAfter())).toEqual([]);
	});

	test('a visit ends after an hour away; the dashboard compares with the previous one', async () => {
		const start = new Date('2026-11-01T09:00:00Z');
		const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
		expect(await recordVisit(t.db, ids.ben, at(0))).toBeNull();
		// Same visit: pages a few minutes apart keep the same "previous visit".
		expect(await recordVisit(t.db, ids.ben, at(3))).toBeNull();
		expect(await recordVisit(t.db, ids.ben, at(20))).toBeNull();
		// Back after two hours: the visit that ended at 09:20 is now the previous one.
		expect(await recordVisit(t.db, ids.ben, at(140))).toEqual(at(20));
		expect(await recordVisit(t.db, ids.ben, at(150))).toEqual(at(20));
		const row = await t.db
			.selectFrom('users')
			.select(['last_seen_at', 'previous_visit_at'])
			.where('id', '=', ids.ben)
			.executeTakeFirstOrThrow();
		expect(row).toEqual({ last_seen_at: at(150), previous_visit_at: at(20) });

		// With the user's row just read (`seen`): within five minutes of being seen, the answer is
		// what was read and nothing is written; later, the visit is recorded as without it.
		const read = { lastSeenAt: at(150), previousVisitAt: at(20) };
		expect(await recordVisit(t.db, ids.ben, at(153), read)).toEqual(at(20));
		const unwritten = await t.db
			.selectFrom('users')
			.select('last_seen_at')
			.where('id', '=', ids.ben)
			.executeTakeFirstOrThrow();
		expect(unwritten.last_seen_at).toEqual(at(150));
		expect(await recordVisit(t.db, ids.ben, at(156), read)).toEqual(at(20));
		expect(
			await recordVisit(t.db, ids.ben, at(300), { lastSeenAt: at(156), previousVisitAt: at(20) })
		).toEqual(at(156));
	});

	test('digests: due by frequency, one per period even with two senders, none when nothing happened', async () => {
		const composed: string[] = [];
		const compose = (recipient: { email: string; locale: string }, activity: Activity[]) => {
			composed.push(recipient.email);
			return {
				to: recipient.email,
				subject: `digest ${recipient.locale}`,
				text: activity.map((item) => `${item.title} (${item.groupName})`).join('\n'),
				kind: 'digest'
			};
		};
		const now = await clock();
		await setDigestFrequency(t.db, ids.ana, 'daily');
		await setDigestFrequency(t.db, ids.ben, 'never');
		// Cleo keeps the default (weekly), reads French, and her group has a French name.
		await t.db.updateTable('users').set({ locale: 'fr' }).where('id', '=', ids.cleo).execute();
		await t.db
			.insertInto('working_group_translations')
			.values({ group_id: ids.other, locale: 'fr', name: 'Eau', description: '' })
			.execute();
		// New accounts wait one period: nothing is due yet.
		expect(await sendDueDigests(t.db, compose, now)).toBe(0);

		// Two days later: Ana's daily digest is due (Cleo's weekly one is not). Two instances at once send it once.
		const later = new Date(now.getTime() + 2 * day);
		const counts = await Promise.all([
			sendDueDigests(t.db, compose, later),
			sendDueDigests(t.db, compose, later)
		]);
		expect(counts.sort()).toEqual([0, 1]);
		const mails = await t.db.selectFrom('outbox').select(['to_address', 'text_body', 'kind']).execute();
		expect(mails).toHaveLength(1);
		expect(mails[0]).toMatchObject({ to_address: 'ana@example.org', kind: 'digest' });
		expect(mails[0]!.text_body).toContain('Org A budget');
		expect(mails[0]!.text_body).not.toContain('Org B secret');

		// The next day: nothing new since the last digest, so no mail (but the period counts as done).
		expect(await sendDueDigests(t.db, compose, new Date(later.getTime() + day + 1000))).toBe(0);
		// Eight days on, Cleo's weekly digest carries what she may see.
		expect(await sendDueDigests(t.db, compose, new Date(now.getTime() + 8 * day))).toBe(1);
		const cleo = await t.db
			.selectFrom('outbox')
			.select('text_body')
			.where('to_address', '=', 'cleo@example.org')
			.executeTakeFirstOrThrow();
		expect(cleo.text_body).toBe('Water meeting (Eau)');
		expect(composed).toEqual(['ana@example.org', 'cleo@example.org']);
	});
});
