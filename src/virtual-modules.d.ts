// Ambient declarations for modules that Vite plugins provide (no imports here).
declare module 'virtual:fact-base' {
	const factBase: import('../content/schema').FactBase;
	export default factBase;
}
