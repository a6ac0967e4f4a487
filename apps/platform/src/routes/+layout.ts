// The portal works without client-side JavaScript: its forms post natively and every page is
// rendered on the server, so a phone on a slow line downloads no framework to read a thread.
export const csr = false;
