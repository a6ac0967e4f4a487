/**
 * Query parameters that announce what a form just did (`?done=invited`, `?added=<id>`). The
 * language switcher leaves them out: the same page in another language should not say it again.
 */
export const oneTimeNotices = ['done', 'who', 'saved', 'sent', 'reset', 'added'] as const;
