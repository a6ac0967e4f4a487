import { describe, expect, inject, test } from 'vitest';
import { InvalidValue, withDbErrors } from '../errors.ts';
import { testFileVersion } from '../testing.ts';
import { activitySince } from './activity.ts';
import { addFileVersion, createFile, fileDetailsForUser, fileVersionForUser, libraryFiles } from './files.ts';
import { fileForUser, visibleFiles } from './platform.ts';
import { staffDatabase } from './staff.fixture.ts';

describe.each(inject('databases'))('staff home: staff documents on $name', ({ adminUrl }) => {
	const { t, user, org } = staffDatabase(adminUrl);

	test('staff documents: seen by their staff only, and never by the portal’s library queries', async () => {
		const allStaff = await createFile(t.db, {
			title: 'Arbeidsreglement',
			scope: { scope: 'staff' },
			createdBy: user.an,
			version: testFileVersion('arbeidsreglement', user.an)
		});
		const wsmOnly = await createFile(t.db, {
			title: 'Begroting WSM',
			scope: { scope: 'staff_organisation', organisationId: org.wsm },
			createdBy: user.an,
			version: testFileVersion('begroting', user.an)
		});
		const fosOnly = await createFile(t.db, {
			title: 'Plan FOS',
			scope: { scope: 'staff_organisation', organisationId: org.fos },
			createdBy: user.tom,
			version: testFileVersion('plan-fos', user.tom)
		});
		await addFileVersion(t.db, allStaff, testFileVersion('arbeidsreglement-2', user.an));
		// A portal file for every member, as a control.
		const portal = await createFile(t.db, {
			title: 'Jaarplan',
			scope: { scope: 'platform' },
			createdBy: user.karim,
			version: testFileVersion('jaarplan', user.karim)
		});

		const staffTitles = async (userId: string) =>
			(await libraryFiles(t.db, userId, { library: 'staff' })).map((f) => f.title).sort();
		expect(await staffTitles(user.an)).toEqual(['Arbeidsreglement', 'Begroting WSM']);
		expect(await staffTitles(user.tom)).toEqual(['Arbeidsreglement', 'Plan FOS']);
		expect(await staffTitles(user.marie)).toEqual(['Arbeidsreglement', 'Begroting WSM', 'Plan FOS']);
		expect(await staffTitles(user.karim)).toEqual([]);
		expect(await fileDetailsForUser(t.db, user.tom, wsmOnly, 'staff')).toBeUndefined();
		expect(await fileVersionForUser(t.db, user.tom, fosOnly, 1, 'staff')).toMatchObject({
			filename: 'plan-fos.pdf'
		});
		expect(await fileVersionForUser(t.db, user.an, allStaff, 2, 'staff')).toMatchObject({
			filename: 'arbeidsreglement-2.pdf'
		});
		// The portal's file is not a staff document.
		expect(await fileDetailsForUser(t.db, user.an, portal, 'staff')).toBeUndefined();

		// An, a WSM member, is also a member of the portal: there she sees its file, none of staff's.
		for (const who of [user.an, user.karim, user.marie]) {
			const portalTitles = (await libraryFiles(t.db, who)).map((f) => f.title);
			expect(portalTitles.filter((title) => title !== 'Jaarplan')).toEqual([]);
			expect(
				(await visibleFiles(t.db, who)).map((f) => f.title).filter((title) => title !== 'Jaarplan')
			).toEqual([]);
			for (const id of [allStaff, wsmOnly, fosOnly]) {
				expect(await fileDetailsForUser(t.db, who, id)).toBeUndefined();
				expect(await fileVersionForUser(t.db, who, id, 1)).toBeUndefined();
				expect(await fileForUser(t.db, who, id)).toBeUndefined();
			}
		}
		expect((await libraryFiles(t.db, user.an)).map((f) => f.title)).toEqual(['Jaarplan']);
		// Nor in the portal's "since your last visit".
		const activity = await activitySince(t.db, user.an, new Date(0), { now: new Date(Date.now() + 60_000) });
		expect(activity.map((a) => a.title)).toEqual(['Jaarplan']);

		// A staff scope names its organisation exactly when it is one organisation's.
		await expect(
			withDbErrors(() =>
				t.db
					.insertInto('files')
					.values({ scope: 'staff_organisation', title: 'No organisation', organisation_id: null })
					.execute()
			)
		).rejects.toBeInstanceOf(InvalidValue);
		await expect(
			withDbErrors(() =>
				t.db
					.insertInto('files')
					.values({ scope: 'staff', title: 'Too specific', organisation_id: org.wsm })
					.execute()
			)
		).rejects.toBeInstanceOf(InvalidValue);
	});
});
