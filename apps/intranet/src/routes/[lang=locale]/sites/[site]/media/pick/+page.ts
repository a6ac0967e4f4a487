// The picker page is the way without JavaScript (with it, the editor opens the same grid in a
// dialog): it needs none, so it loads none.
export const csr = false;
