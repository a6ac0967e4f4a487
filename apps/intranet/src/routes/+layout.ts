// Staff pages work without client-side JavaScript, like the portal's: forms post natively and
// pages are rendered on the server, so no hydration can put back a choice made while a page was
// still loading. Only the entry editor, which needs its Markdown editor, opts back in.
export const csr = false;
