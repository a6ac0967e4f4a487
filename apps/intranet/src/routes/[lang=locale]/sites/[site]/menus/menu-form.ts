// The menu form without JavaScript: every button posts the whole menu as it stands on the page,
// with an `op` saying what to do — move a row up or down, remove it, add one, or save. All but
// `save` answer the changed, unsaved menu; `save` stores it.
import { maxMenuItems } from '@solidair/db/input';

export interface MenuRow {
	/** `section:news`, `entry:<id>` or `path:/nl/…`, as `readMenuTarget` reads it. */
	target: string;
	label: string;
}

export type MenuOp = { kind: 'up' | 'down' | 'remove'; index: number } | { kind: 'add' } | { kind: 'save' };

/** The rows the form posted (`target.0`, `label.0`, …), in order; one over the limit is kept, for the schema to refuse. */
export function postedRows(data: FormData): MenuRow[] {
	const rows: MenuRow[] = [];
	for (let index = 0; index <= maxMenuItems; index++) {
		const target = data.get(`target.${index}`);
		if (typeof target !== 'string') break;
		const label = data.get(`label.${index}`);
		rows.push({ target, label: typeof label === 'string' ? label : '' });
	}
	return rows;
}

/** The button pressed; undefined for anything the form does not send. */
export function postedOp(value: FormDataEntryValue | null): MenuOp | undefined {
	if (value === 'add' || value === 'save') return { kind: value };
	const match = typeof value === 'string' ? /^(up|down|remove):(\d{1,2})$/.exec(value) : null;
	if (!match) return undefined;
	return { kind: match[1] as 'up' | 'down' | 'remove', index: Number(match[2]) };
}

/** The rows after moving or removing one; unchanged when the move leads nowhere. */
export function applyOp(rows: MenuRow[], op: { kind: 'up' | 'down' | 'remove'; index: number }): MenuRow[] {
	const next = [...rows];
	const { index } = op;
	if (index >= rows.length) return next;
	if (op.kind === 'remove') {
		next.splice(index, 1);
		return next;
	}
	const other = op.kind === 'up' ? index - 1 : index + 1;
	if (other < 0 || other >= rows.length) return next;
	[next[index], next[other]] = [next[other] as MenuRow, next[index] as MenuRow];
	return next;
}
