import { robots } from '@solidair/site-kit/server';

export const GET = ({ url }) => robots(url.origin);
