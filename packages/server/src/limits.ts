// What the server tells the app about a request it cut short. Light on purpose: the apps' form
// code imports it, and it must not pull in the server itself.

/**
 * Set (to `1`) on an upload whose body is over the server's limit: the app gets the request with
 * an empty body and this header, so the page can answer with its form and the reason (413) instead
 * of a bare "Payload Too Large". A client that sends it itself has it removed.
 */
export const bodyTooLargeHeader = 'x-solidair-body-too-large';
