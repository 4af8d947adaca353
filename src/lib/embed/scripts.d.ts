/** A script bundled into one string by `$lib/server/bundled-scripts.ts`. */
declare module '*?script' {
	const code: string;
	export default code;
}
