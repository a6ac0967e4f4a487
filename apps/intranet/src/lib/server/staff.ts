// What the staff home's pages share on the server: the two staff organisations (for `can` and
// for the "for whom?" choice) and the `can` resources of announcements, agenda items and documents.
import type { Resource, StaffAudience, StaffOrganisations } from '@solidair/auth';
import { type FileScopeRow } from '@solidair/db/files';
import { staffOrganisations } from '@solidair/db/staff';
import { database } from '@solidair/app-kit/server';

/** WSM and FOS (id, slug, name) and their ids by slug, as `can` takes them. */
export async function loadStaffOrganisations() {
	const list = await staffOrganisations(database());
	const ids = Object.fromEntries(list.map((o) => [o.slug, o.id])) as StaffOrganisations;
	return { list, ids };
}

/** The audience of an item for one organisation (its id) or, with null, for all staff. */
export const audienceOf = (organisationId: string | null): StaffAudience =>
	organisationId === null ? { kind: 'all-staff' } : { kind: 'organisation', organisationId };

/** The "for whom?" value of an item's audience: `all`, or its organisation's slug ('' if not WSM's nor FOS's). */
export const audienceValue = (
	organisationId: string | null,
	organisations: ReadonlyArray<{ id: string; slug: string }>
): string =>
	organisationId === null ? 'all' : (organisations.find((o) => o.id === organisationId)?.slug ?? '');

export const announcementResource = (
	organisationId: string | null,
	staffOrganisations: StaffOrganisations
): Resource => ({ type: 'announcement', audience: audienceOf(organisationId), staffOrganisations });

export const staffEventResource = (
	organisationId: string | null,
	staffOrganisations: StaffOrganisations
): Resource => ({ type: 'staff-event', audience: audienceOf(organisationId), staffOrganisations });

export const documentResource = (
	document: { organisationId: string | null; createdBy: string | null },
	staffOrganisations: StaffOrganisations
): Extract<Resource, { type: 'staff-document' }> => ({
	type: 'staff-document',
	audience: audienceOf(document.organisationId),
	staffOrganisations,
	uploadedBy: document.createdBy
});

/** The `files` scope of a staff document for one organisation (its id) or, with null, for all staff. */
export const documentScope = (organisationId: string | null): FileScopeRow =>
	organisationId === null ? { scope: 'staff' } : { scope: 'staff_organisation', organisationId };
