import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { AlreadyExists } from '../errors.ts';
import {
	createTestDatabase,
	createTestGroup,
	createTestOrganisation,
	createTestUser,
	testFileVersion,
	type TestDatabase
} from '../testing.ts';
import {
	addFileVersion,
	contentInLibrary,
	createFile,
	createThread,
	fileDetailsForUser,
	fileVersionForUser,
	fileVersions,
	groupBySlug,
	groupMembers,
	groupThreads,
	decideJoinRequest,
	joinGroup,
	joinRequests,
	leaveGroup,
	libraryFiles,
	listGroups,
	meetingForUser,
	replyToThread,
	rsvp,
	threadWithPosts,
	upcomingMeetings,
	type FileScopeRow
} from './groups.ts';
import { unusedStorageKeys } from './media-library.ts';

describe.each(inject('databases'))('members area queries on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	const ids = { ana: '', ben: '', cleo: '', orgA: '', orgB: '', group: '', other: '' };

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		ids.ana = await createTestUser(t.db, 'ana@example.org', 'Ana');
		ids.ben = await createTestUser(t.db, 'ben@example.org', 'Ben');
		ids.cleo = await createTestUser(t.db, 'cleo@example.org', 'Cleo');
		ids.orgA = await createTestOrganisation(t.db, 'org-a');
		ids.orgB = await createTestOrganisation(t.db, 'org-b');
		await t.db
			.insertInto('memberships')
			.values([
				{ user_id: ids.ana, organisation_id: ids.orgA, role: 'member' },
				{ user_id: ids.ben, organisation_id: ids.orgA, role: 'admin' },
				{ user_id: ids.cleo, organisation_id: ids.orgB, role: 'member' }
			])
			.execute();
		ids.group = await createTestGroup(t.db, 'health');
		ids.other = await createTestGroup(t.db, 'water');
		// Open groups, joined at once (a new group is closed: see the closed group's test).
		await t.db.updateTable('working_groups').set({ access: 'open' }).execute();
	});
	afterAll(async () => t?.drop());

	test('joining and leaving a group; counts and my role', async () => {
		await joinGroup(t.db, ids.group, ids.ana);
		await joinGroup(t.db, ids.group, ids.ana);
		await joinGroup(t.db, ids.group, ids.ben);
		const groups = await listGroups(t.db, ids.ana);
		expect(groups.find((g) => g.id === ids.group)).toMatchObject({ memberCount: 2, myRole: 'member' });
		expect(groups.find((g) => g.id === ids.other)).toMatchObject({ memberCount: 0, myRole: null });
		expect(await groupBySlug(t.db, 'health', ids.cleo)).toMatchObject({ id: ids.group, myRole: null });
		expect(await groupBySlug(t.db, '../etc', ids.cleo)).toBeUndefined();
		expect((await groupMembers(t.db, ids.group)).map((m) => [m.name, m.organisations])).toEqual([
			['Ana', 'ORG-A'],
			['Ben', 'ORG-A']
		]);
		expect(await leaveGroup(t.db, ids.group, ids.ben)).toBe(true);
		expect(await leaveGroup(t.db, ids.group, ids.ben)).toBe(false);
	});

	test('a new group is closed: members ask to join, a coordinator approves or declines', async () => {
		const closed = await createTestGroup(t.db, 'land-rights');
		expect(await groupBySlug(t.db, 'land-rights', ids.ana)).toMatchObject({
			access: 'closed',
			myRole: null,
			requested: false
		});
		expect(await joinGroup(t.db, closed, ids.ana)).toBe('requested');
		expect(await joinGroup(t.db, closed, ids.ana)).toBe('requested');
		expect(await joinGroup(t.db, closed, ids.cleo)).toBe('requested');
		// Asking is not joining: no member yet, nothing of the group's work to see.
		expect(await groupMembers(t.db, closed)).toEqual([]);
		expect((await listGroups(t.db, ids.ana)).find((g) => g.id === closed)).toMatchObject({
			myRole: null,
			requested: true,
			memberCount: 0
		});
		expect((await joinRequests(t.db, closed)).map((r) => [r.name, r.organisations])).toEqual([
			['Ana', 'ORG-A'],
			['Cleo', 'ORG-B']
		]);
		expect(await decideJoinRequest(t.db, closed, ids.ana, true)).toBe(true);
		expect(await decideJoinRequest(t.db, closed, ids.cleo, false)).toBe(true);
		// Decided once: a second answer finds nothing (nor does a request never made).
		expect(await decideJoinRequest(t.db, closed, ids.ana, true)).toBe(false);
		expect(await decideJoinRequest(t.db, closed, ids.ben, true)).toBe(false);
		expect(await decideJoinRequest(t.db, closed, 'not-a-uuid', true)).toBe(false);
		expect((await groupMembers(t.db, closed)).map((m) => m.name)).toEqual(['Ana']);
		expect(await joinRequests(t.db, closed)).toEqual([]);
		expect(await groupBySlug(t.db, 'land-rights', ids.cleo)).toMatchObject({
			myRole: null,
			requested: false
		});
		// A member asks nothing; leaving takes back a request too.
		expect(await joinGroup(t.db, closed, ids.ana)).toBe('joined');
		expect(await joinGroup(t.db, closed, ids.cleo)).toBe('requested');
		expect(await leaveGroup(t.db, closed, ids.cleo)).toBe(true);
		expect(await joinRequests(t.db, closed)).toEqual([]);
	});

	test('threads: created with their first post, replies bump them to the top', async () => {
		const first = await createThread(t.db, {
			groupId: ids.group,
			authorId: ids.ana,
			title: 'First',
			body: 'Hello'
		});
		const second = await createThread(t.db, {
			groupId: ids.group,
			authorId: ids.ana,
			title: 'Second',
			body: 'Hi'
		});
		expect((await groupThreads(t.db, ids.group)).map((x) => x.title)).toEqual(['Second', 'First']);
		await replyToThread(t.db, { threadId: first, authorId: ids.ben, body: 'Reply' });
		const threads = await groupThreads(t.db, ids.group);
		expect(threads.map((x) => [x.title, x.postCount])).toEqual([
			['First', 2],
			['Second', 1]
		]);
		const thread = await threadWithPosts(t.db, first);
		expect(thread?.posts.map((p) => [p.authorName, p.body])).toEqual([
			['Ana', 'Hello'],
			['Ben', 'Reply']
		]);
		expect(await threadWithPosts(t.db, 'not-a-uuid')).toBeUndefined();
		// A thread without a title is refused, and its post with it.
		await expect(
			createThread(t.db, { groupId: ids.group, authorId: ids.ana, title: '', body: 'orphan' })
		).rejects.toThrow();
		expect(await t.db.selectFrom('posts').where('body', '=', 'orphan').selectAll().execute()).toEqual([]);
		expect(second).toMatch(/^[0-9a-f-]{36}$/);
	});

	test('files: visible by scope only; versions numbered without gaps, even at once', async () => {
		const orgFile = await createFile(t.db, {
			title: 'Org file',
			scope: { scope: 'organisation', organisationId: ids.orgA },
			createdBy: ids.ben,
			version: testFileVersion('org-v1', ids.ben)
		});
		const groupFile = await createFile(t.db, {
			title: 'Group file',
			scope: { scope: 'group', groupId: ids.group },
			createdBy: ids.ana,
			version: testFileVersion('group-v1', ids.ana)
		});
		expect((await libraryFiles(t.db, ids.ana)).map((f) => f.title).sort()).toEqual([
			'Group file',
			'Org file'
		]);
		expect(await libraryFiles(t.db, ids.cleo)).toEqual([]);
		expect(await fileDetailsForUser(t.db, ids.cleo, orgFile)).toBeUndefined();
		expect(await fileDetailsForUser(t.db, ids.ana, orgFile)).toMatchObject({ organisationName: 'ORG-A' });
		expect(await fileVersionForUser(t.db, ids.cleo, groupFile, 1)).toBeUndefined();
		expect(await fileVersionForUser(t.db, ids.ana, groupFile, 1)).toMatchObject({ filename: 'group-v1.pdf' });
		expect(await fileVersionForUser(t.db, ids.ana, groupFile, 2)).toBeUndefined();
		expect(await fileVersionForUser(t.db, ids.ana, '../../etc/passwd', 1)).toBeUndefined();

		const numbers = await Promise.all(
			['a', 'b', 'c'].map((suffix) =>
				addFileVersion(t.db, groupFile, testFileVersion(`group-${suffix}`, ids.ana))
			)
		);
		expect(numbers.sort()).toEqual([2, 3, 4]);
		expect((await fileVersions(t.db, groupFile)).map((v) => v.version)).toEqual([4, 3, 2, 1]);
		expect((await fileDetailsForUser(t.db, ids.ana, groupFile))?.currentVersion).toBe(4);
	});

	test('the same bytes twice in one library are AlreadyExists, also as a new version and at once', async () => {
		const group: FileScopeRow = { scope: 'group', groupId: ids.group };
		const bytes = testFileVersion('same-library', ids.ana);
		expect(await contentInLibrary(t.db, bytes.storageKey, group)).toBe(false);
		const first = await createFile(t.db, {
			title: 'Agenda',
			scope: group,
			createdBy: ids.ana,
			version: bytes
		});
		expect(await contentInLibrary(t.db, bytes.storageKey, group)).toBe(true);
		expect(await contentInLibrary(t.db, bytes.storageKey, { fileId: first })).toBe(true);
		await expect(
			createFile(t.db, { title: 'Agenda again', scope: group, createdBy: ids.ana, version: bytes })
		).rejects.toBeInstanceOf(AlreadyExists);
		// As a version of another file of the group, or of the same file: the same refusal.
		const other = await createFile(t.db, {
			title: 'Minutes',
			scope: group,
			createdBy: ids.ana,
			version: testFileVersion('same-library-minutes', ids.ana)
		});
		await expect(addFileVersion(t.db, other, bytes)).rejects.toBeInstanceOf(AlreadyExists);
		await expect(addFileVersion(t.db, first, bytes)).rejects.toBeInstanceOf(AlreadyExists);
		expect((await fileVersions(t.db, other)).map((v) => v.version)).toEqual([1]);
		// Two uploads at once, past the check: the database keeps one.
		const racing = testFileVersion('same-library-race', ids.ana);
		const results = await Promise.allSettled(
			['One', 'Two'].map((title) =>
				createFile(t.db, { title, scope: group, createdBy: ids.ana, version: racing })
			)
		);
		expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
		expect(results.find((r) => r.status === 'rejected')?.reason).toBeInstanceOf(AlreadyExists);
	});

	test('the same bytes in another library are a file of their own; their stored bytes outlive either', async () => {
		const bytes = testFileVersion('many-libraries', ids.ana);
		const libraries: FileScopeRow[] = [
			{ scope: 'group', groupId: ids.group },
			{ scope: 'group', groupId: ids.other },
			{ scope: 'organisation', organisationId: ids.orgA },
			{ scope: 'organisation', organisationId: ids.orgB },
			{ scope: 'platform' },
			{ scope: 'staff' },
			{ scope: 'staff_organisation', organisationId: ids.orgA },
			{ scope: 'staff_organisation', organisationId: ids.orgB }
		];
		const files: string[] = [];
		for (const scope of libraries) {
			expect(await contentInLibrary(t.db, bytes.storageKey, scope), JSON.stringify(scope)).toBe(false);
			files.push(await createFile(t.db, { title: 'Shared', scope, createdBy: ids.ana, version: bytes }));
			expect(await contentInLibrary(t.db, bytes.storageKey, scope)).toBe(true);
		}
		expect(new Set(files).size).toBe(libraries.length);
		// A new version of the staff file may be bytes the portal has, as long as the staff library has not.
		const staffFile = await createFile(t.db, {
			title: 'Staff only',
			scope: { scope: 'staff' },
			createdBy: ids.ben,
			version: testFileVersion('staff-only', ids.ben)
		});
		const portalBytes = testFileVersion('portal-only', ids.ana);
		await createFile(t.db, {
			title: 'Portal',
			scope: { scope: 'platform' },
			createdBy: ids.ana,
			version: portalBytes
		});
		expect(await contentInLibrary(t.db, portalBytes.storageKey, { fileId: staffFile })).toBe(false);
		expect(await addFileVersion(t.db, staffFile, portalBytes)).toBe(2);

		// One file gone (its group deleted): the bytes on disk are still needed by the others.
		await t.db.deleteFrom('files').where('id', '=', files[1]!).execute();
		expect(await unusedStorageKeys(t.db, [bytes.storageKey])).toEqual([]);
		await t.db.deleteFrom('files').where('id', 'in', files).execute();
		expect(await unusedStorageKeys(t.db, [bytes.storageKey])).toEqual([bytes.storageKey]);
	});

	test('a duplicate answers yes or no about its own library only, naming no file', async () => {
		// Bytes in the health group, which Cleo is not in; she uploads them to her organisation.
		const secret = testFileVersion('health-secret', ids.ana);
		const hidden = await createFile(t.db, {
			title: 'Confidential plan',
			scope: { scope: 'group', groupId: ids.group },
			createdBy: ids.ana,
			version: secret
		});
		const cleos: FileScopeRow = { scope: 'organisation', organisationId: ids.orgB };
		expect(await contentInLibrary(t.db, secret.storageKey, cleos)).toBe(false);
		const mine = await createFile(t.db, {
			title: 'My copy',
			scope: cleos,
			createdBy: ids.cleo,
			version: { ...secret, uploadedBy: ids.cleo }
		});
		expect(await fileDetailsForUser(t.db, ids.cleo, hidden)).toBeUndefined();
		expect(await fileDetailsForUser(t.db, ids.cleo, mine)).toMatchObject({ title: 'My copy' });

		// Within her library, the answer is a boolean and the error names the constraint only.
		expect(await contentInLibrary(t.db, secret.storageKey, cleos)).toBe(true);
		const refused = await createFile(t.db, {
			title: 'Again',
			scope: cleos,
			createdBy: ids.cleo,
			version: { ...secret, uploadedBy: ids.cleo }
		}).catch((error: unknown) => error);
		expect(refused).toBeInstanceOf(AlreadyExists);
		const told = JSON.stringify({ ...(refused as AlreadyExists), message: (refused as Error).message });
		for (const secretText of [
			hidden,
			mine,
			'Confidential plan',
			'My copy',
			secret.filename,
			secret.storageKey
		]) {
			expect(told).not.toContain(secretText);
		}
		expect(await contentInLibrary(t.db, secret.storageKey, { fileId: 'not-a-uuid' })).toBe(false);
	});

	test('meetings: the groups and the platform for members; RSVPs change', async () => {
		const now = new Date('2026-06-01T10:00:00Z');
		const meeting = async (title: string, groupId: string | null, starts: string) =>
			(
				await t.db
					.insertInto('platform_events')
					.values({
						title,
						group_id: groupId,
						starts_at: new Date(starts),
						ends_at: new Date(new Date(starts).getTime() + 3_600_000)
					})
					.returning('id')
					.executeTakeFirstOrThrow()
			).id;
		const all = await meeting('General assembly', null, '2026-06-10T08:00:00Z');
		const health = await meeting('Health group', ids.group, '2026-06-05T08:00:00Z');
		await meeting('Water group', ids.other, '2026-06-06T08:00:00Z');
		await meeting('Past', null, '2026-05-01T08:00:00Z');
		expect((await upcomingMeetings(t.db, ids.ana, { now })).map((x) => x.title)).toEqual([
			'Health group',
			'General assembly'
		]);
		expect((await upcomingMeetings(t.db, ids.cleo, { now })).map((x) => x.title)).toEqual([
			'General assembly'
		]);
		expect(await meetingForUser(t.db, ids.cleo, health)).toBeUndefined();
		await rsvp(t.db, all, ids.ana, 'maybe');
		await rsvp(t.db, all, ids.ana, 'yes');
		await rsvp(t.db, all, ids.cleo, 'no');
		const found = await meetingForUser(t.db, ids.ana, all);
		expect(found?.rsvps.map((r) => [r.name, r.answer])).toEqual([
			['Ana', 'yes'],
			['Cleo', 'no']
		]);
		expect((await upcomingMeetings(t.db, ids.ana, { now }))[1]?.myAnswer).toBe('yes');
	});
});
