/**
 * Moves an element to the end of <body> while it is mounted: a dialog opened from inside a form
 * (the entry's details) holds forms of its own (search, upload), and forms may not nest.
 */
export function portal(node: HTMLElement) {
	document.body.append(node);
	return {
		destroy() {
			node.remove();
		}
	};
}
