// The benchmark app is prerendered like the piece (BENCH=1 vite build, into build-bench/).
export const prerender = true;
export const trailingSlash = 'always';
