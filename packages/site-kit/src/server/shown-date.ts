// The date a public page shows beside an entry: the day an editor set (`entries.display_date`,
// e.g. a press release dated before it went online) or else the moment it was published. Lists
// and feeds stay ordered by publication; only what is shown changes.

/** As `<time datetime>` and `formatDate` take it: `YYYY-MM-DD` when a day was set, else ISO. */
export function shownDate(
	entry: { published_at: Date | null; display_date: string | null },
	fallback?: Date
): string {
	if (entry.display_date) return entry.display_date;
	return (entry.published_at ?? fallback ?? new Date()).toISOString();
}

/** The same as a moment, for feeds (RFC 3339): a set day counts from its start, in UTC. */
export function shownMoment(entry: { published_at: Date; display_date: string | null }): Date {
	return entry.display_date ? new Date(`${entry.display_date}T00:00:00Z`) : entry.published_at;
}
