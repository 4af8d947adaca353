// Every page is prerendered to static HTML; trailing slashes make each a folder's index.html,
// which every static host serves without configuration.
export const prerender = true;
export const trailingSlash = 'always';
