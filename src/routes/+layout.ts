// Every page is prerendered at build time; the static host needs no server.
export const prerender = true;
export const trailingSlash = 'never';
