/**
 * A query string of the given parameters, those empty left out (and page 1, the default), for the
 * links of a filtered list: its pages, its export. `''` when nothing is left, so put it after the
 * list's path: an empty link alone would keep the query of the page it is on.
 */
export function queryString(params: Record<string, string | number | boolean | undefined>): string {
	const search = new URLSearchParams();
	for (const [name, value] of Object.entries(params)) {
		if (value === undefined || value === '' || value === false) continue;
		if (name === 'page' && value === 1) continue;
		search.set(name, value === true ? '1' : String(value));
	}
	const text = search.toString();
	return text === '' ? '' : `?${text}`;
}
