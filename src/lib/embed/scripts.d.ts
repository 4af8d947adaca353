/** A script bundled into one string by `script-plugin.ts`. */
declare module '*?script' {
	const code: string;
	export default code;
}
