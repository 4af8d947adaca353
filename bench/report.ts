/**
 * What `npm run bench` measured, as the README shows it: the results' shape, the Markdown
 * tables (budgets beside the figures, each marked met or not), and the rewrite of the
 * README's part between its bench markers. Pure, so it is unit-tested without a browser.
 */
import type { FirstLoadJs } from '../tests/support/first-load-js';
import { BUDGETS } from '../tests/support/budgets';

/** Frame intervals (requestAnimationFrame to requestAnimationFrame) and long tasks over a run. */
export interface FrameStats {
	frames: number;
	medianMs: number;
	p95Ms: number;
	maxMs: number;
	/** Share of frame intervals over 20 ms, 0 to 1. */
	over20msShare: number;
	longTasks: number;
	longestTaskMs: number;
	/**
	 * The workers chart's own frames, where it drew them (its worker, or the main thread): the
	 * worst 95th percentile and longest interval over the run's moves. Frame intervals above
	 * are the page's main thread, which a worker leaves free.
	 */
	paintedFrames?: { p95Ms: number; maxMs: number };
}

/** A screen and CPU the story is scrolled on. */
export interface Profile {
	name: string;
	width: number;
	height: number;
	deviceScaleFactor: number;
	/** Chromium's CPU throttling rate: 1 as is, 4 four times slower. */
	cpuSlowdown: number;
	/** The reader prefers reduced motion: every chart goes straight to each state. */
	reducedMotion?: boolean;
	/** How many times it is scrolled (1 unless said): each run gets a row of its own. */
	runs?: number;
}

/** Frames over 20 ms while the graphic showed one thing: the opening (before the first step) or a chart. */
export interface SlowFramesWhile {
	showing: string;
	slow: number;
	frames: number;
}

/**
 * Frame intervals over 20 ms by what the graphic showed as each frame began (`showing[i]` at
 * `ticks[i]`), in the order each first showed.
 */
export function slowFramesBy(ticks: number[], showing: string[]): SlowFramesWhile[] {
	const by = new Map<string, SlowFramesWhile>();
	for (let i = 1; i < ticks.length; i++) {
		const what = showing[i] ?? 'unknown';
		const entry = by.get(what) ?? { showing: what, slow: 0, frames: 0 };
		entry.frames++;
		if (ticks[i] - ticks[i - 1] > 20) entry.slow++;
		by.set(what, entry);
	}
	return [...by.values()];
}

export interface ScrollRun extends Profile {
	/** Marks the workers chart drew (its `data-marks`). */
	marks: number;
	stats: FrameStats;
	/** Where the frames over 20 ms fell. */
	slowFrames?: SlowFramesWhile[];
	/** Which run of its profile this was, where it was scrolled more than once. */
	run?: { index: number; of: number };
}

export interface LighthouseRun {
	performance: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
}

/**
 * `pixels`: the piece as readers get it (marks painted in a worker on an OffscreenCanvas);
 * `pixels-main-thread`: the same renderer where a browser has no OffscreenCanvas.
 */
export type Renderer = 'pixels' | 'pixels-main-thread' | 'canvas-paths' | 'svg';

/** One count of marks: each renderer's frame stats while animating, or why it was not run. */
export interface TransitionRow {
	marks: number;
	renderers: Record<Renderer, FrameStats | { notRun: string }>;
}

export interface BenchResults {
	/** When the run started (ISO 8601). */
	date: string;
	machine: {
		cpu: string;
		cores: number;
		memoryGB: number;
		loadAverageAtStart: number;
		loadAverageAtEnd: number;
		node: string;
		chromium: string;
	};
	durationS: number;
	javascript: FirstLoadJs;
	lighthouse: LighthouseRun[];
	storyScroll: ScrollRun[];
	transitions: TransitionRow[];
}

export const README_START = '<!-- bench:start: written by `npm run bench` from bench-results/bench.json; do not edit by hand -->';
export const README_END = '<!-- bench:end -->';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${value} ms`;
const count = (n: number) => n.toLocaleString('en-GB');
const met = (ok: boolean) => (ok ? 'yes' : '**no**');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const range = (values: number[], format: (n: number) => string) => {
	const low = Math.min(...values);
	const high = Math.max(...values);
	return low === high ? format(low) : `${format(low)} to ${format(high)}`;
};
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

const isFrameStats = (value: FrameStats | { notRun: string }): value is FrameStats => 'p95Ms' in value;

/** "16.7 / 16.8 / 33.4": frame interval median, p95 and max in ms. */
const frames = (stats: FrameStats) => `${stats.medianMs} / ${stats.p95Ms} / ${stats.maxMs}`;

const longTasks = (stats: FrameStats) => (stats.longTasks === 0 ? 'none' : `${stats.longTasks}, longest ${ms(stats.longestTaskMs)}`);

/** "no long task", "1 long task, longest 60 ms", "3 long tasks, longest 80 ms". */
const longTasksPhrase = (stats: FrameStats) =>
	stats.longTasks === 0
		? 'no long task'
		: `${stats.longTasks} long task${stats.longTasks === 1 ? '' : 's'}, longest ${ms(stats.longestTaskMs)}`;

export const screen = (profile: Profile) => `${profile.name} ${profile.width}×${profile.height} at ratio ${profile.deviceScaleFactor}`;
export const cpu = (profile: Profile) =>
	(profile.cpuSlowdown === 1 ? 'as is' : `slowed ${profile.cpuSlowdown}×`) + (profile.reducedMotion ? ', reduced motion' : '');
/** The CPU column of a scroll's row: its CPU, and which run it was of several. */
const cpuOfRun = (run: ScrollRun) => cpu(run) + (run.run ? ` (run ${run.run.index} of ${run.run.of})` : '');

/** Where a run's slow frames fell: "the opening 11 of 27, workers 15 of 190, …". */
const slowFramesCell = (by: SlowFramesWhile[] | undefined) =>
	by ? by.map(({ showing, slow, frames }) => `${showing} ${slow} of ${frames}`).join(', ') : '–';

/** Whether a scroll meets the frame budgets: p95 and the longest long task. */
const scrollMeetsBudget = (stats: FrameStats) =>
	stats.p95Ms <= BUDGETS.frameP95Ms && (stats.longTasks === 0 || stats.longestTaskMs <= BUDGETS.longestTaskMs);

/** The README's performance tables, with the date and machine they were measured on. */
export function readmeTables(results: BenchResults): string {
	const { javascript: js, machine } = results;
	const scores = results.lighthouse.map((run) => run.performance);
	const tbt = results.lighthouse.map((run) => run.tbtMs);
	const cls = Math.max(...results.lighthouse.map((run) => run.cls));
	const day = results.date.slice(0, 10);
	const lines = [
		`Measured by \`npm run bench\` on ${day}: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ` +
			`load average ${machine.loadAverageAtStart} at the start and ${machine.loadAverageAtEnd} at the end (the machine is shared, and the figures move with its load); headless Chromium ` +
			`${machine.chromium} without a GPU; Node ${machine.node}. The run took ${Math.round(results.durationS)} s.`,
		'',
		table(
			['measure', 'measured', 'budget', 'met'],
			[
				[
					'JavaScript loaded by `/` on a phone before any scrolling (gzip, files and inline scripts)',
					`${kB(js.totalGzipBytes)}: ${kB(js.filesGzipBytes)} in ${js.files.length} files, ${kB(js.inlineGzipBytes)} inline`,
					`files ≤ ${kB(BUDGETS.firstLoadJsGzipBytes)}, inline ≤ ${kB(BUDGETS.inlinePageDataGzipBytes)}`,
					met(js.filesGzipBytes <= BUDGETS.firstLoadJsGzipBytes && js.inlineGzipBytes <= BUDGETS.inlinePageDataGzipBytes)
				],
				[
					`Lighthouse performance (mobile emulation, ${scores.length} runs)`,
					scores.map((s) => s.toFixed(2)).join(', '),
					`≥ ${BUDGETS.lighthousePerformance}`,
					met(median(scores) >= BUDGETS.lighthousePerformance)
				],
				[
					'Largest Contentful Paint',
					range(
						results.lighthouse.map((run) => run.lcpMs / 1000),
						(s) => `${s.toFixed(2)} s`
					),
					'',
					''
				],
				[
					'Total Blocking Time',
					`${range(tbt, ms)} (median ${ms(median(tbt))})`,
					`≤ ${ms(BUDGETS.totalBlockingTimeMs)}`,
					met(median(tbt) <= BUDGETS.totalBlockingTimeMs)
				],
				[
					'Cumulative Layout Shift',
					range(
						results.lighthouse.map((run) => run.cls),
						String
					),
					String(BUDGETS.cumulativeLayoutShift),
					met(cls <= BUDGETS.cumulativeLayoutShift)
				]
			]
		),
		'',
		`Scrolling the whole story with the mouse wheel (budget: frame p95 ≤ ${ms(BUDGETS.frameP95Ms)}, no long task over ${ms(BUDGETS.longestTaskMs)}):`,
		'',
		table(
			[
				'screen',
				'CPU',
				'marks',
				'frame interval median / p95 / max (ms)',
				'over 20 ms',
				'of those, while the graphic showed',
				'long tasks',
				'budget met'
			],
			results.storyScroll.map((run) => [
				screen(run),
				cpuOfRun(run),
				count(run.marks),
				frames(run.stats),
				`${(run.stats.over20msShare * 100).toFixed(1)} %`,
				slowFramesCell(run.slowFrames),
				longTasks(run.stats),
				met(scrollMeetsBudget(run.stats))
			])
		),
		'',
		'The workers chart animating between states on a 940×740 desktop page at ratio 1: the page’s frame intervals (median / p95 / max, ms) and long tasks, and for the piece’s renderer the intervals between the chart’s own frames where it drew them:',
		'',
		table(
			[
				'marks',
				'the piece’s renderer (in a worker)',
				'the same on the main thread (no OffscreenCanvas)',
				'canvas path per mark (LayerCake’s example)',
				'naive LayerCake SVG',
				'p95 ratio to the piece’s: paths, SVG'
			],
			results.transitions.map((transition) => {
				const cell = (stats: FrameStats | { notRun: string }) =>
					isFrameStats(stats)
						? `${frames(stats)}, ${longTasksPhrase(stats)}${stats.paintedFrames ? `; the chart’s own frames p95 ${ms(stats.paintedFrames.p95Ms)}, longest ${ms(stats.paintedFrames.maxMs)}` : ''}`
						: `not run (${stats.notRun})`;
				const { pixels, 'pixels-main-thread': mainThread, 'canvas-paths': paths, svg } = transition.renderers;
				const ratio = (other: FrameStats | { notRun: string }) =>
					isFrameStats(other) && isFrameStats(pixels) ? String(Math.round((other.p95Ms / pixels.p95Ms) * 10) / 10) : '–';
				return [count(transition.marks), cell(pixels), cell(mainThread), cell(paths), cell(svg), `${ratio(paths)}, ${ratio(svg)}`];
			})
		)
	];
	return lines.join('\n');
}

/** The README with its part between the bench markers replaced by `content`. */
export function replaceBenchSection(readme: string, content: string): string {
	const start = readme.indexOf(README_START);
	const end = readme.indexOf(README_END);
	if (start < 0 || end < 0 || end < start || readme.indexOf(README_START, start + 1) >= 0 || readme.indexOf(README_END, end + 1) >= 0) {
		throw new Error(`README.md needs exactly one "${README_START}" line followed by one "${README_END}" line for the benchmark's tables.`);
	}
	return `${readme.slice(0, start + README_START.length)}\n${content}\n${readme.slice(end)}`;
}

/** The same figures as plain text for the terminal. */
export function consoleTables(results: BenchResults): string {
	const pad = (cells: (string | number)[], widths: number[]) => cells.map((c, i) => String(c).padEnd(widths[i] ?? 16)).join('  ');
	const js = results.javascript;
	const out = [
		`JavaScript before scrolling (phone, gzip): ${kB(js.totalGzipBytes)}: ${js.files.length} files ${kB(js.filesGzipBytes)} (budget ${kB(BUDGETS.firstLoadJsGzipBytes)}), inline ${kB(js.inlineGzipBytes)} (budget ${kB(BUDGETS.inlinePageDataGzipBytes)})`,
		`Lighthouse: ${results.lighthouse.map((run) => `${run.performance.toFixed(2)} (LCP ${run.lcpMs} ms, TBT ${run.tbtMs} ms, CLS ${run.cls})`).join('; ')}`,
		'',
		'Scrolling the whole story',
		pad(['screen', 'CPU', 'median / p95 / max ms', '> 20 ms', 'long tasks', 'budget'], [34, 38, 22, 8, 24, 8])
	];
	for (const run of results.storyScroll) {
		out.push(
			pad(
				[
					screen(run),
					cpuOfRun(run),
					frames(run.stats),
					`${(run.stats.over20msShare * 100).toFixed(1)} %`,
					longTasks(run.stats),
					scrollMeetsBudget(run.stats) ? 'met' : 'NOT MET'
				],
				[34, 38, 22, 8, 24, 8]
			)
		);
		if (run.slowFrames) out.push(`    over 20 ms while the graphic showed: ${slowFramesCell(run.slowFrames)}`);
	}
	out.push('', "Workers chart transitions (median / p95 / max ms · long tasks · the chart's own frames p95/max)");
	out.push(pad(['marks', 'the piece (worker)', 'the piece, main thread', 'canvas path per mark', 'naive SVG'], [8, 30, 30, 30, 30]));
	for (const transition of results.transitions) {
		const cell = (stats: FrameStats | { notRun: string }) =>
			isFrameStats(stats)
				? `${frames(stats)} · ${stats.longTasks}${stats.paintedFrames ? ` · own ${stats.paintedFrames.p95Ms}/${stats.paintedFrames.maxMs}` : ''}`
				: 'not run';
		const { pixels, 'pixels-main-thread': mainThread, 'canvas-paths': paths, svg } = transition.renderers;
		out.push(pad([count(transition.marks), cell(pixels), cell(mainThread), cell(paths), cell(svg)], [8, 30, 30, 30, 30]));
	}
	return out.join('\n');
}
