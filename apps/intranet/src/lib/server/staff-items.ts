// Changing or deleting a staff item (an announcement, an agenda item): the flow of both edit pages,
// each route giving only its kind. For those who may (intranet admins): anyone else, and any id
// that names no item, gets a 404, before any input is read. A save is based on the version the
// form was loaded with: when another admin saved meanwhile, it is refused (409) with their version
// shown, rather than silently overwriting it.
import { authorize, type Action, type Resource, type StaffOrganisations } from '@solidair/auth';
import type { StaffItemSaveResult } from '@solidair/db/staff';
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { database } from '@solidair/app-kit/server';
import { error, fail, redirect } from '@sveltejs/kit';
import { requireStaff } from '../guard.ts';
import type { StaffEvent } from './access.ts';
import { textValues, type FieldErrors } from './forms.ts';
import { audienceValue, loadStaffOrganisations } from './staff.ts';

type Db = ReturnType<typeof database>;

/** An item's audience: an organisation's id, or null for all staff. */
interface Audienced {
	organisationId: string | null;
}

/** What the flow itself reads of a stored item; the rest is the kind's. */
interface StoredItem extends Audienced {
	id: string;
	version: number;
}

/** A kind of staff item, as its edit page needs it: the form's fields are named `Field`. */
export interface StaffItemKind<Field extends string, Stored extends StoredItem, Input extends Audienced> {
	/** Its list, `/{lang}/{list}`: where a save or a delete goes back to. */
	list: 'announcements' | 'agenda';
	/** Its `can` resource for an audience (null: all staff). */
	resource: (organisationId: string | null, organisations: StaffOrganisations) => Resource;
	/** The item as its form shows it; undefined for an id that names none. */
	forEditing: (db: Db, id: string) => Promise<Stored | undefined>;
	/** Saves if it is still at `expectedVersion`; otherwise says who won (a conflict) or that it is gone. */
	update: (
		db: Db,
		id: string,
		input: Input & { expectedVersion: number }
	) => Promise<StaffItemSaveResult<Stored>>;
	/** False when there was no such item. */
	remove: (db: Db, id: string) => Promise<boolean>;
	/** The form's fields, and how their values are checked into `update`'s input. */
	fields: readonly Field[];
	parse: (
		values: Record<Field, string>,
		context: { locale: Locale; now: Date; organisations: StaffOrganisations }
	) => { ok: true; data: Input } | { ok: false; errors: FieldErrors<Record<Field, string>> };
	/** The stored item as the form's values; `audience` is its "for whom?" value. */
	formValues: (stored: Stored, audience: string) => Record<Field, string>;
}

/** What a refused save sends back: the input kept, with the reasons. */
export interface SaveFailure<Field extends string, Stored> {
	values: Record<Field, string>;
	errors: FieldErrors<Record<Field, string>>;
	/** The version the form is based on from now on: after a conflict, the one that won. */
	expectedVersion: number;
	/** After a conflict: the version someone else saved, with its audience as the form names it. */
	conflict?: Stored & { audience: string };
}

/** The version the form was loaded with; a 400 for anything no form of ours sends. */
function postedVersion(data: FormData): number {
	const text = data.get('expectedVersion');
	if (typeof text !== 'string' || !/^[1-9]\d{0,8}$/.test(text)) error(400, 'Bad Request');
	return Number(text);
}

/** The `load` and `actions` (`save`, `delete`) of the edit page of one kind of staff item. */
export function staffItemEditing<Field extends string, Stored extends StoredItem, Input extends Audienced>(
	kind: StaffItemKind<Field, Stored, Input>
) {
	/** The item of the URL, if the staff member may `action` it; a 404 otherwise. */
	async function editable(event: StaffEvent<{ id: string }>, action: Action) {
		const { actor } = await requireStaff(event);
		const organisations = await loadStaffOrganisations();
		// Asked first, for any audience: someone who may not learns nothing, not even whether the id exists.
		const anyAudience = kind.resource(null, organisations.ids);
		const target = { type: anyAudience.type, id: event.params.id };
		await authorize(event, actor, action, anyAudience, target);
		const item = await kind.forEditing(database(), event.params.id);
		// Past the first question the actor may act on this kind at all: a missing id is no refusal.
		if (!item) error(404, 'Not Found');
		await authorize(event, actor, action, kind.resource(item.organisationId, organisations.ids), target);
		return { actor, item, organisations };
	}

	const load = async (event: StaffEvent<{ id: string }>) => {
		const { item, organisations } = await editable(event, 'update');
		return {
			values: kind.formValues(item, audienceValue(item.organisationId, organisations.list)),
			version: item.version,
			organisations: organisations.list.map(({ slug, name }) => ({ slug, name }))
		};
	};

	const actions = {
		save: async (event: StaffEvent<{ id: string }> & { request: Request }) => {
			const { actor, item, organisations } = await editable(event, 'update');
			const locale = event.params.lang as Locale;
			const { ids } = organisations;
			const data = await event.request.formData();
			const expectedVersion = postedVersion(data);
			const values = textValues(data, kind.fields);
			const refuse = (status: number, failure: Partial<SaveFailure<Field, Stored>>) => {
				const body: SaveFailure<Field, Stored> = { values, errors: {}, expectedVersion, ...failure };
				return fail(status, body);
			};
			const parsed = kind.parse(values, { locale, now: new Date(), organisations: ids });
			if (!parsed.ok) return refuse(400, { errors: parsed.errors });
			// The new audience too: moving it is changing it there.
			await authorize(event, actor, 'update', kind.resource(parsed.data.organisationId, ids), {
				id: item.id
			});
			const result = await kind.update(database(), item.id, { ...parsed.data, expectedVersion });
			if (result.kind === 'saved') redirect(303, `/${locale}/${kind.list}?done=saved`);
			// Deleted by someone else meanwhile: it is not found any more.
			if (result.kind === 'not-found') error(404, 'Not Found');
			const { stored } = result;
			// Their version is shown only to whoever may change it where it now is.
			await authorize(event, actor, 'update', kind.resource(stored.organisationId, ids), { id: item.id });
			// Nothing was written: the form keeps what was typed and now counts on their version, so
			// saving again replaces it knowingly.
			return refuse(409, {
				conflict: { ...stored, audience: audienceValue(stored.organisationId, organisations.list) },
				expectedVersion: stored.version
			});
		},

		delete: async (event: StaffEvent<{ id: string }> & { request: Request }) => {
			const { item } = await editable(event, 'delete');
			const locale = event.params.lang as Locale;
			const { confirm } = textValues(await event.request.formData(), ['confirm']);
			if (confirm !== 'on') return fail(400, { deleteError: m.staff_delete_confirm_missing({}, { locale }) });
			if (!(await kind.remove(database(), item.id))) error(404, 'Not Found');
			redirect(303, `/${locale}/${kind.list}?done=deleted`);
		}
	};

	return { load, actions };
}
