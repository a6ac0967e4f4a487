// One schema per input (valibot), with its limits as named constants: the apps' form parsers use
// them, and the queries that store the same values can check the same limits.
export * from './account.ts';
export * from './codes.ts';
export * from './entries.ts';
export * from './entry-list.ts';
export * from './fields.ts';
export * from './home.ts';
export * from './members.ts';
export * from './menus.ts';
export * from './public.ts';
export * from './review.ts';
export * from './site-settings.ts';
export * from './staff.ts';
export * from './taxonomy.ts';
