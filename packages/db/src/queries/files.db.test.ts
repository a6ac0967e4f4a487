import { beforeAll, describe, expect, inject, test } from 'vitest';
import { AlreadyExists } from '../errors.ts';
import { testFileVersion } from '../testing.ts';
import {
	addFileVersion,
	contentInLibrary,
	createFile,
	fileDetailsForUser,
	fileVersionForUser,
	fileVersions,
	libraryFiles,
	type FileScopeRow
} from './files.ts';
import { joinGroup } from './groups.ts';
import { unusedStorageKeys } from './media-library.ts';
import { membersAreaDatabase } from './members-area.fixture.ts';

describe.each(inject('databases'))('the file library on $name', ({ adminUrl }) => {
	const { t, ids } = membersAreaDatabase(adminUrl);
	// Ana works in the health group; Ben and Cleo do not.
	beforeAll(() => joinGroup(t.db, ids.group, ids.ana));

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
});
