// Content pages work without client-side JavaScript; pages that need it opt back in.
export const csr = false;
