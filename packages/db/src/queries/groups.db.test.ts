import { describe, expect, inject, test } from 'vitest';
import {
	createThread,
	decideJoinRequest,
	groupBySlug,
	groupMembers,
	groupThreads,
	joinGroup,
	joinRequests,
	leaveGroup,
	listGroups,
	replyToThread,
	threadWithPosts
} from './groups.ts';
import { membersAreaDatabase } from './members-area.fixture.ts';
import { createTestGroup } from '../testing.ts';

describe.each(inject('databases'))('working groups and threads on $name', ({ adminUrl }) => {
	const { t, ids } = membersAreaDatabase(adminUrl);

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
});
