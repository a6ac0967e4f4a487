// The editor page runs in the browser: the body's Markdown editor and its insert lists need it.
export const csr = true;
