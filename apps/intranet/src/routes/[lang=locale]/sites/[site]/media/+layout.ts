// The media library opts back in to client-side JavaScript (the intranet's pages are server-only,
// see the root layout): dropping files, each upload's progress, the focal point by a click and
// saving in place need it. Everything also works without: the forms post natively.
export const csr = true;
