// The public sites' inbox and newsletter list, as the intranet's staff work on them: every query
// takes the site and never touches another site's rows, so a WSM editor's request cannot reach FOS
// data whatever ids it carries. Who may do what is for the caller to ask (`can`, inbox/subscribers).
import type { Kysely } from 'kysely';
import type { Database, Locale } from '../schema.ts';
import { pageWindow, type Paging } from '../paging.ts';
import { containsPattern } from './like.ts';

type Db = Kysely<Database>;

export const contactStatuses = ['new', 'assigned', 'handled'] as const;
export type ContactStatus = (typeof contactStatuses)[number];

export const subscriptionStatuses = ['pending', 'confirmed', 'unsubscribed'] as const;
export type SubscriptionStatus = (typeof subscriptionStatuses)[number];

// ---- Contact messages ---------------------------------------------------------------------

export interface InboxFilter {
	siteId: string;
	status?: ContactStatus;
	/** Only the messages assigned to this user. */
	assignedTo?: string;
}

export interface InboxMessage {
	id: string;
	name: string;
	email: string;
	subject: string;
	locale: string;
	status: ContactStatus;
	assignee: { id: string; displayName: string } | null;
	createdAt: Date;
	handledAt: Date | null;
}

export interface InboxMessageDetail extends InboxMessage {
	message: string;
}

function inboxQuery(db: Db, filter: InboxFilter) {
	let query = db.selectFrom('contact_messages as c').where('c.site_id', '=', filter.siteId);
	if (filter.status) query = query.where('c.status', '=', filter.status);
	if (filter.assignedTo) query = query.where('c.assigned_to', '=', filter.assignedTo);
	return query;
}

function messageRows(db: Db, filter: InboxFilter) {
	return inboxQuery(db, filter)
		.leftJoin('users as u', 'u.id', 'c.assigned_to')
		.select([
			'c.id',
			'c.name',
			'c.email',
			'c.subject',
			'c.message',
			'c.locale',
			'c.status',
			'c.assigned_to',
			'u.display_name as assignee_name',
			'c.created_at',
			'c.handled_at'
		]);
}

type MessageRow = Awaited<ReturnType<ReturnType<typeof messageRows>['executeTakeFirstOrThrow']>>;

const toMessage = (row: MessageRow): InboxMessage => ({
	id: row.id,
	name: row.name,
	email: row.email,
	subject: row.subject,
	locale: row.locale,
	status: row.status,
	assignee: row.assigned_to === null ? null : { id: row.assigned_to, displayName: row.assignee_name ?? '' },
	createdAt: row.created_at,
	handledAt: row.handled_at
});

/** A site's contact messages, newest first, with how many match in all. */
export async function inboxMessages(
	db: Db,
	filter: InboxFilter,
	paging: Paging
): Promise<{ total: number; messages: InboxMessage[] }> {
	const page = pageWindow(paging);
	const [count, rows] = await Promise.all([
		inboxQuery(db, filter)
			.select((eb) => eb.fn.countAll<string>().as('count'))
			.executeTakeFirstOrThrow(),
		messageRows(db, filter)
			.orderBy('c.created_at', 'desc')
			.orderBy('c.id')
			.limit(page.limit)
			.offset(page.offset)
			.execute()
	]);
	return { total: Number(count.count), messages: rows.map(toMessage) };
}

/** One contact message of the site, or undefined (also when it belongs to another site). */
export async function inboxMessage(
	db: Db,
	siteId: string,
	messageId: string
): Promise<InboxMessageDetail | undefined> {
	const row = await messageRows(db, { siteId }).where('c.id', '=', messageId).executeTakeFirst();
	return row && { ...toMessage(row), message: row.message };
}

/**
 * Who a site's messages may be assigned to: the staff of the organisation that owns the site and
 * the site's editors, not disabled; by name.
 */
export async function assignableStaff(
	db: Db,
	siteId: string
): Promise<Array<{ id: string; displayName: string; email: string }>> {
	const rows = await db
		.selectFrom('users as u')
		.select(['u.id', 'u.display_name', 'u.email'])
		.where('u.disabled_at', 'is', null)
		.where((eb) =>
			eb.or([
				eb.exists(
					eb
						.selectFrom('site_editors as e')
						.select('e.user_id')
						.whereRef('e.user_id', '=', 'u.id')
						.where('e.site_id', '=', siteId)
				),
				eb.exists(
					eb
						.selectFrom('memberships as m')
						.innerJoin('sites as s', 's.organisation_id', 'm.organisation_id')
						.select('m.user_id')
						.whereRef('m.user_id', '=', 'u.id')
						.where('s.id', '=', siteId)
				)
			])
		)
		.orderBy('u.display_name')
		.orderBy('u.id')
		.execute();
	return rows.map((row) => ({ id: row.id, displayName: row.display_name, email: row.email }));
}

/**
 * Assigns a message of the site to a member of its staff (see `assignableStaff`); a handled
 * message stays as it was handled. Says why when nothing changed.
 */
export async function assignContactMessage(
	db: Db,
	input: { siteId: string; messageId: string; userId: string }
): Promise<'assigned' | 'unknown_message' | 'handled' | 'not_staff'> {
	const message = await db
		.selectFrom('contact_messages')
		.select('status')
		.where('id', '=', input.messageId)
		.where('site_id', '=', input.siteId)
		.executeTakeFirst();
	if (!message) return 'unknown_message';
	if (message.status === 'handled') return 'handled';
	const staff = await assignableStaff(db, input.siteId);
	if (!staff.some((member) => member.id === input.userId)) return 'not_staff';
	const result = await db
		.updateTable('contact_messages')
		.set({ assigned_to: input.userId, status: 'assigned' })
		.where('id', '=', input.messageId)
		.where('site_id', '=', input.siteId)
		// Handled in the meantime by someone else: leave it so.
		.where('status', '!=', 'handled')
		.executeTakeFirst();
	return result.numUpdatedRows > 0n ? 'assigned' : 'handled';
}

/** Marks a message of the site handled; false when there is no such message or it already was. */
export async function markContactMessageHandled(
	db: Db,
	input: { siteId: string; messageId: string; now?: Date }
): Promise<boolean> {
	const result = await db
		.updateTable('contact_messages')
		.set({ status: 'handled', handled_at: input.now ?? new Date() })
		.where('id', '=', input.messageId)
		.where('site_id', '=', input.siteId)
		.where('status', '!=', 'handled')
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

// ---- Newsletter subscribers -----------------------------------------------------------------

export interface SubscriberFilter {
	siteId: string;
	status?: SubscriptionStatus;
	locale?: Locale;
	/** Part of the e-mail address. */
	search?: string;
}

export interface Subscriber {
	id: string;
	email: string;
	locale: Locale;
	status: SubscriptionStatus;
	consentAt: Date;
	confirmedAt: Date | null;
	unsubscribedAt: Date | null;
	createdAt: Date;
}

function subscribersQuery(db: Db, filter: SubscriberFilter) {
	let query = db.selectFrom('newsletter_subscriptions').where('site_id', '=', filter.siteId);
	if (filter.status) query = query.where('status', '=', filter.status);
	if (filter.locale) query = query.where('locale', '=', filter.locale);
	const search = filter.search?.trim();
	if (search) query = query.where('email', 'ilike', containsPattern(search));
	return query;
}

function subscriberRows(db: Db, filter: SubscriberFilter) {
	return subscribersQuery(db, filter)
		.select([
			'id',
			'email',
			'locale',
			'status',
			'consent_at',
			'confirmed_at',
			'unsubscribed_at',
			'created_at'
		])
		.orderBy((eb) => eb.fn('lower', ['email']))
		.orderBy('id');
}

type SubscriberRow = Awaited<ReturnType<ReturnType<typeof subscriberRows>['executeTakeFirstOrThrow']>>;

const toSubscriber = (row: SubscriberRow): Subscriber => ({
	id: row.id,
	email: row.email,
	locale: row.locale,
	status: row.status,
	consentAt: row.consent_at,
	confirmedAt: row.confirmed_at,
	unsubscribedAt: row.unsubscribed_at,
	createdAt: row.created_at
});

/** A page of a site's subscribers by e-mail address, with how many match in all. */
export async function newsletterSubscribers(
	db: Db,
	filter: SubscriberFilter,
	paging: Paging
): Promise<{ total: number; subscribers: Subscriber[] }> {
	const page = pageWindow(paging);
	const [count, rows] = await Promise.all([
		subscribersQuery(db, filter)
			.select((eb) => eb.fn.countAll<string>().as('count'))
			.executeTakeFirstOrThrow(),
		subscriberRows(db, filter).limit(page.limit).offset(page.offset).execute()
	]);
	return { total: Number(count.count), subscribers: rows.map(toSubscriber) };
}

/** Every subscriber of the site that matches, by e-mail address: the export. */
export async function allNewsletterSubscribers(db: Db, filter: SubscriberFilter): Promise<Subscriber[]> {
	return (await subscriberRows(db, filter).execute()).map(toSubscriber);
}

/** One subscriber of the site, or undefined (also when on another site). */
export async function newsletterSubscriber(
	db: Db,
	siteId: string,
	subscriptionId: string
): Promise<Subscriber | undefined> {
	const row = await subscriberRows(db, { siteId }).where('id', '=', subscriptionId).executeTakeFirst();
	return row && toSubscriber(row);
}

/**
 * Erases a subscription on request (GDPR): the row is deleted, not marked. Only when `email` is
 * the subscription's address (in any case), as typed again by the staff member to confirm; false
 * otherwise, or when there is no such subscription on the site.
 */
export async function eraseNewsletterSubscriber(
	db: Db,
	input: { siteId: string; subscriptionId: string; email: string }
): Promise<boolean> {
	const erased = await db
		.deleteFrom('newsletter_subscriptions')
		.where('id', '=', input.subscriptionId)
		.where('site_id', '=', input.siteId)
		.where((eb) => eb(eb.fn('lower', ['email']), '=', input.email.trim().toLowerCase()))
		.returning('id')
		.executeTakeFirst();
	return erased !== undefined;
}
