// The file library with versions: the portal's (members' scopes) and the intranet's staff
// documents. Visibility is decided here in SQL as well as by `can` in the routes: a query never
// hands out a file its caller may not see.
import { sql, type Kysely } from 'kysely';
import { withDbErrors } from '../errors.ts';
import type { Database } from '../schema.ts';
import { isUuid } from '../uuid.ts';
import { fileVisibleTo } from './platform.ts';
import { staffFileVisibleTo } from './staff.ts';
import { defaultGroupLanguage, groupName, type GroupLanguage } from './group-names.ts';

type Db = Kysely<Database>;

// ── Files ───────────────────────────────────────────────────────────────────────────────────

/** A stored upload, as `file_versions` keeps it. */
export interface NewFileVersion {
	storageKey: string;
	filename: string;
	mimeType: string;
	byteSize: number;
	sha256: Uint8Array;
	uploadedBy: string;
}

export type FileScopeRow =
	| { scope: 'platform' }
	| { scope: 'organisation'; organisationId: string }
	| { scope: 'group'; groupId: string }
	| { scope: 'staff' }
	| { scope: 'staff_organisation'; organisationId: string };

/**
 * Which library a query reads: the portal's (its members' scopes) or the intranet's staff
 * documents. Never both: each app asks for its own, and the other's files do not exist for it.
 */
export type Library = 'platform' | 'staff';

const visibleIn = (library: Library, userId: string) =>
	library === 'staff' ? staffFileVisibleTo(userId) : fileVisibleTo(userId);

/** The files a user may see (optionally of one group), newest version first, with their scope's name. */
export async function libraryFiles(
	db: Db,
	userId: string,
	options: { groupId?: string; library?: Library; language?: GroupLanguage } = {}
) {
	let query = db
		.selectFrom('files as f')
		.innerJoin('file_versions as v', (join) =>
			join.onRef('v.file_id', '=', 'f.id').onRef('v.version', '=', 'f.current_version')
		)
		.leftJoin('organisations as o', 'o.id', 'f.organisation_id')
		.leftJoin('working_groups as w', 'w.id', 'f.group_id')
		.select([
			'f.id',
			'f.title',
			'f.scope',
			'f.current_version as currentVersion',
			'o.name as organisationName',
			groupName(options.language ?? defaultGroupLanguage).as('groupName'),
			'v.filename',
			'v.mime_type as mimeType',
			'v.byte_size as byteSize',
			'v.created_at as updatedAt'
		])
		.where(visibleIn(options.library ?? 'platform', userId));
	if (options.groupId) query = query.where('f.group_id', '=', options.groupId);
	return query.orderBy('v.created_at', 'desc').orderBy('f.id').execute();
}

/**
 * One file with what `can` needs (scope, owner ids, uploader), only if the user may see it:
 * a file that does not exist and one that is not theirs look the same.
 */
export async function fileDetailsForUser(
	db: Db,
	userId: string,
	fileId: string,
	library: Library = 'platform',
	language: GroupLanguage = defaultGroupLanguage
) {
	if (!isUuid(fileId)) return undefined;
	return db
		.selectFrom('files as f')
		.leftJoin('organisations as o', 'o.id', 'f.organisation_id')
		.leftJoin('working_groups as w', 'w.id', 'f.group_id')
		.select([
			'f.id',
			'f.title',
			'f.scope',
			'f.organisation_id as organisationId',
			'f.group_id as groupId',
			'f.current_version as currentVersion',
			'f.created_by as createdBy',
			'f.created_at as createdAt',
			'o.name as organisationName',
			groupName(language).as('groupName'),
			'w.slug as groupSlug'
		])
		.where('f.id', '=', fileId)
		.where(visibleIn(library, userId))
		.executeTakeFirst();
}

/**
 * Creates a file with its first version, both or neither; returns the file's id. The same bytes
 * already in that library (same scope and owner) are refused with `AlreadyExists`.
 */
export async function createFile(
	db: Db,
	input: { title: string; scope: FileScopeRow; createdBy: string; version: NewFileVersion }
): Promise<string> {
	return withDbErrors(() =>
		db.transaction().execute(async (tx) => {
			const { id } = await tx
				.insertInto('files')
				.values({
					title: input.title,
					scope: input.scope.scope,
					organisation_id: 'organisationId' in input.scope ? input.scope.organisationId : null,
					group_id: input.scope.scope === 'group' ? input.scope.groupId : null,
					created_by: input.createdBy,
					current_version: 1
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			await tx
				.insertInto('file_versions')
				.values(versionRow(id, 1, input.version))
				.execute();
			return id;
		})
	);
}

function versionRow(fileId: string, version: number, v: NewFileVersion) {
	return {
		file_id: fileId,
		version,
		storage_key: v.storageKey,
		filename: v.filename,
		mime_type: v.mimeType,
		byte_size: v.byteSize,
		sha256: v.sha256,
		uploaded_by: v.uploadedBy
	};
}

/**
 * Adds the next version of a file and makes it current. The file's row is locked, so two uploads
 * at once get versions n+1 and n+2, never the same number. Returns the new version number. The
 * same bytes already in the file's library are refused with `AlreadyExists`.
 */
export async function addFileVersion(db: Db, fileId: string, version: NewFileVersion): Promise<number> {
	return withDbErrors(() =>
		db.transaction().execute(async (tx) => {
			const { current_version } = await tx
				.updateTable('files')
				.set({ current_version: sql`current_version + 1` })
				.where('id', '=', fileId)
				.returning('current_version')
				.executeTakeFirstOrThrow();
			await tx
				.insertInto('file_versions')
				.values(versionRow(fileId, current_version, version))
				.execute();
			return current_version;
		})
	);
}

/** The versions of a file, newest first, with who uploaded them. */
export async function fileVersions(db: Db, fileId: string) {
	return db
		.selectFrom('file_versions as v')
		.leftJoin('users as u', 'u.id', 'v.uploaded_by')
		.select([
			'v.version',
			'v.filename',
			'v.mime_type as mimeType',
			'v.byte_size as byteSize',
			'v.created_at as createdAt',
			'u.display_name as uploaderName'
		])
		.where('v.file_id', '=', fileId)
		.orderBy('v.version', 'desc')
		.execute();
}

/** One version of a file for download, only if the user may see the file; undefined otherwise. */
export async function fileVersionForUser(
	db: Db,
	userId: string,
	fileId: string,
	version: number,
	library: Library = 'platform'
) {
	if (!isUuid(fileId) || !Number.isSafeInteger(version) || version < 1) return undefined;
	return db
		.selectFrom('files as f')
		.innerJoin('file_versions as v', 'v.file_id', 'f.id')
		.select([
			'f.id',
			'f.title',
			'f.scope',
			'f.organisation_id as organisationId',
			'f.group_id as groupId',
			'f.created_by as createdBy',
			'v.version',
			'v.storage_key as storageKey',
			'v.filename',
			'v.mime_type as mimeType',
			'v.byte_size as byteSize',
			'v.sha256'
		])
		.where('f.id', '=', fileId)
		.where('v.version', '=', version)
		.where(visibleIn(library, userId))
		.executeTakeFirst();
}

/** Where an upload goes: the scope of a new file, or the file it becomes a version of. */
export type UploadTarget = FileScopeRow | { fileId: string };

/**
 * Whether the same bytes (by storage key) are already in the library an upload goes to: the same
 * scope and owner (group, organisation…), never another library, whose content is not the
 * uploader's to learn of. A yes or no only: not which file, nor what it is called.
 */
export async function contentInLibrary(db: Db, storageKey: string, into: UploadTarget): Promise<boolean> {
	let query = db
		.selectFrom('file_versions as v')
		.innerJoin('files as f', 'f.id', 'v.file_id')
		.select('v.id')
		.where('v.storage_key', '=', storageKey);
	if ('fileId' in into) {
		if (!isUuid(into.fileId)) return false;
		query = query.where('v.library_key', '=', (eb) =>
			eb.selectFrom('files').select('library_key').where('id', '=', into.fileId)
		);
	} else {
		const organisationId = 'organisationId' in into ? into.organisationId : null;
		const groupId = into.scope === 'group' ? into.groupId : null;
		query = query
			.where('f.scope', '=', into.scope)
			.where('f.organisation_id', organisationId === null ? 'is' : '=', organisationId)
			.where('f.group_id', groupId === null ? 'is' : '=', groupId);
	}
	return (await query.executeTakeFirst()) !== undefined;
}

// ── Meetings ────────────────────────────────────────────────────────────────────────────────
