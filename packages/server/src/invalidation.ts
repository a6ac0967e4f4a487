// Keeps an instance's page cache fresh: the database announces every change a public page shows
// (`NOTIFY solidair_cache`, sent by the triggers of db's migration 0026 at commit), and each
// instance listens on a connection of its own and drops the pages named. Nothing else to run: with
// one instance or twenty, PostgreSQL tells them all. The portal keeps its memo of signed-in reads
// (`@solidair/db/memo`) fresh the same way, on `solidair_memo` (migration 0027).
//
// A notification missed is a page stale until the next change, so when the connection goes, the
// whole cache goes at once and again once listening anew (changes in between were not heard); while
// the database cannot be reached, every retry clears it again. Retries wait 0.2 s, doubling to 5 s.
//
// Scheduled texts become public when their time comes, with no write to announce it: a timer runs
// to the earliest such time (the database's clock, not ours) and drops those entries' pages then.
// It is re-read after every notification (a time may have been set or moved) and at least every
// minute, which also proves the connection alive.
import { databaseTarget } from '@solidair/db';
import pg from 'pg';
import { errorDetail, log, writeToConsole, type LogWriter } from './log.ts';

/** What a listener keeps fresh: the page cache, or the memo of the signed-in pages' reads (`@solidair/db/memo`). */
export interface InvalidatedCache {
	invalidate(tags: string[]): void;
	clear(): void;
	/** Told when notifications start and stop being heard (the memo answers nothing meanwhile). */
	listening?(on: boolean): void;
}

export const invalidationChannel = 'solidair_cache';

export interface InvalidationListenerOptions {
	cache: InvalidatedCache;
	/** The channel its triggers notify: `solidair_cache` (the public pages, migration 0026) unless said. */
	channel?: string;
	/** What the cache is, in log lines and as the connection's application name: 'page cache' unless said. */
	name?: string;
	/** The database to listen to; DATABASE_URL (or the embedded server) as db reads it when left out. */
	connectionString?: string;
	/** Where log lines go (stdout/stderr unless a test catches them). */
	log?: LogWriter;
	/** Milliseconds before the first retry and at most between two; 200 and 5000 unless a test says otherwise. */
	retryDelay?: { first: number; max: number };
	/** Called each time the listener is listening again (after it cleared the cache); tests wait for it. */
	onListening?: () => void;
}

/** What a notification asks: drop the pages with these tags, or every page. */
export type Invalidation = { tags: string[] } | { all: true };

/** The notification's payload read; undefined for one the triggers do not send (then all goes, to be safe). */
export function parseInvalidation(payload: string | undefined): Invalidation | undefined {
	let value: unknown;
	try {
		value = JSON.parse(payload ?? '');
	} catch {
		return undefined;
	}
	if (typeof value !== 'object' || value === null) return undefined;
	if ('all' in value && value.all === true) return { all: true };
	if ('tags' in value && Array.isArray(value.tags) && value.tags.every((tag) => typeof tag === 'string')) {
		return { tags: value.tags as string[] };
	}
	return undefined;
}

/** Backoff before retry number `attempt` (from 0): doubling from `first`, never above `max`. */
export function retryDelayFor(attempt: number, { first, max }: { first: number; max: number }): number {
	return Math.min(max, first * 2 ** Math.min(attempt, 30));
}

// The moments a public page changes with no row changing: a scheduled text goes live, an event
// ends (it leaves "upcoming" for "past"), a vacancy closes (after its last day, Brussels time).
// One round trip: the tags of entries whose moment came since the last look (`$1`, the database's
// clock then; null at first, when the cache was just cleared anyway), that clock now, and how long
// until the next moment. `at > $1`, not `>=`: the last look saw those.
const scheduleQuery = `
	with moments (entry_id, site_id, at) as (
		select entry_id, site_id, published_at from entry_translations
			where status in ('published', 'scheduled')
		union all
		select d.entry_id, e.site_id, d.ends_at from event_details d join entries e on e.id = d.entry_id
		union all
		select v.entry_id, e.site_id, (v.closes_on + 1)::timestamp at time zone 'Europe/Brussels'
			from vacancy_details v join entries e on e.id = v.entry_id
	)
	select now()::text as "now",
		extract(epoch from (select min(at) from moments where at > now()) - now())::float8 * 1000 as "delayMs",
		(select solidair_cache_entry_tags(array_agg(entry_id), array_agg(site_id)) from moments
			where at > $1::timestamptz and at <= now()) as "due"`;

interface ScheduleRow {
	now: string;
	delayMs: number | null;
	due: string[] | null;
}

/** The longest the timer waits without looking: also how soon a silent dead connection is found. */
const maxScheduleWait = 60_000;

/**
 * Listens for invalidations on a dedicated connection (not one of the pool's: it stays open and
 * LISTENing) until the returned function is called.
 */
export function startInvalidationListener(options: InvalidationListenerOptions): () => Promise<void> {
	const { cache, onListening } = options;
	const name = options.name ?? 'page cache';
	const channel = options.channel ?? invalidationChannel;
	const Name = name[0]!.toUpperCase() + name.slice(1);
	const write = options.log ?? writeToConsole;
	const retry = options.retryDelay ?? { first: 200, max: 5_000 };
	const say = (level: 'info' | 'warn', msg: string, fields: Record<string, unknown> = {}) =>
		log(level, msg, fields, write);

	let connectionString: string;
	try {
		connectionString = options.connectionString ?? databaseTarget(process.env).url;
	} catch (error) {
		// serve() checked DATABASE_URL already; this is for callers that did not. No listener means
		// no cache to trust: it stays empty.
		say('warn', `${Name} invalidation off: no usable database address`, { error: errorDetail(error) });
		cache.clear();
		return async () => {};
	}

	let stopped = false;
	let client: pg.Client | undefined;
	let lose: (error?: unknown) => void = () => {};
	let failures = 0;
	let retryTimer: NodeJS.Timeout | undefined;
	let scheduleTimer: NodeJS.Timeout | undefined;
	let connecting: Promise<void> = Promise.resolve();
	// The database's clock at the last look at the schedule; null until the first since listening.
	let lastLook: string | null = null;
	let looking = false;
	let lookAgain = false;

	const apply = (payload: string | undefined) => {
		const invalidation = parseInvalidation(payload);
		if (!invalidation) {
			say('warn', `Unreadable cache invalidation; cleared the ${name}`, {
				payload: payload?.slice(0, 200)
			});
			cache.clear();
		} else if ('all' in invalidation) cache.clear();
		else if (invalidation.tags.length > 0) cache.invalidate(invalidation.tags);
	};

	const lookAtSchedule = async (): Promise<void> => {
		if (looking) {
			lookAgain = true;
			return;
		}
		looking = true;
		try {
			do {
				lookAgain = false;
				const current = client;
				if (!current) return;
				clearTimeout(scheduleTimer);
				let row: ScheduleRow | undefined;
				try {
					({
						rows: [row]
					} = await current.query<ScheduleRow>(scheduleQuery, [lastLook]));
				} catch (error) {
					if (client === current) lose(error);
					// Lost meanwhile: the new connection's own look may be waiting (lookAgain).
					continue;
				}
				if (!row || client !== current) continue;
				if (row.due?.length) cache.invalidate(row.due);
				lastLook = row.now;
				const delay = Math.min(Math.max(row.delayMs ?? maxScheduleWait, 0), maxScheduleWait);
				scheduleTimer = setTimeout(() => void lookAtSchedule(), delay);
			} while (lookAgain && !stopped);
		} finally {
			looking = false;
		}
	};

	const connect = async () => {
		const current = new pg.Client({
			connectionString,
			application_name: `solidair ${name}`,
			connectionTimeoutMillis: 5_000,
			// A query unanswered this long means a connection gone silent (a dropped network path).
			query_timeout: 10_000,
			keepAlive: true
		});
		let lost = false;
		const onLost = (error?: unknown) => {
			if (lost) return;
			lost = true;
			if (client === current) client = undefined;
			clearTimeout(scheduleTimer);
			current.removeAllListeners('notification');
			current.on('error', () => {});
			void current.end().catch(() => {});
			if (stopped) return;
			// Whatever changed from now until listening again goes unheard: nothing cached can be trusted.
			cache.listening?.(false);
			cache.clear();
			const wait = retryDelayFor(failures++, retry);
			say('warn', `${Name} invalidation connection lost; cleared the ${name}, reconnecting`, {
				retryInMs: wait,
				...(error !== undefined && { error: error instanceof Error ? error.message : String(error) })
			});
			retryTimer = setTimeout(() => {
				connecting = connect();
			}, wait);
		};
		current.on('error', onLost);
		current.on('end', () => onLost());
		current.on('notification', (message) => {
			if (message.channel !== channel) return;
			apply(message.payload);
			void lookAtSchedule();
		});
		try {
			await current.connect();
			await current.query(`listen ${channel}`);
		} catch (error) {
			onLost(error);
			return;
		}
		if (stopped || lost) {
			if (!lost) await current.end().catch(() => {});
			return;
		}
		client = current;
		lose = onLost;
		// Pages cached before listening (at start, or while the connection was down) may be stale.
		cache.clear();
		cache.listening?.(true);
		lastLook = null;
		if (failures > 0) say('info', `${Name} invalidation listening again`, { afterAttempts: failures });
		failures = 0;
		onListening?.();
		void lookAtSchedule();
	};

	connecting = connect();

	return async () => {
		stopped = true;
		cache.listening?.(false);
		clearTimeout(retryTimer);
		clearTimeout(scheduleTimer);
		await connecting;
		clearTimeout(scheduleTimer);
		const current = client;
		client = undefined;
		if (current) {
			current.removeAllListeners();
			current.on('error', () => {});
			await current.end().catch(() => {});
		}
	};
}
