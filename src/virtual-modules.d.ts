// The chart component prerendered into pages (see src/lib/server/prerendered-charts.ts).
declare module 'virtual:prerendered-chart' {
	const Chart: import('$lib/charts/chart-loader').ChartComponent;
	export default Chart;
}
