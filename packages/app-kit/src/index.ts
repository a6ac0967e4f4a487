// What every app's pages share in the browser as on the server: form texts, the error page and
// an entry's rendered body. Server plumbing (database, handles, form parsing) is at `./server`.
export { fieldTexts, summaryErrors } from './forms.ts';
export { default as ErrorPage, type ErrorPageProps } from './ErrorPage.svelte';
export { default as Body, type BodyProps } from './Body.svelte';
export type { BodyPart } from './markdown.ts';
export type { FormFailure } from './server/forms.ts';
