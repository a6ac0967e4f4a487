// A plain form that posts natively: no hydration that could put a choice made while the page was
// still loading back to the form's defaults.
export const csr = false;
