/**
 * The README's performance tables come from the last `npm run bench` run: the part between
 * the markers is replaced and nothing else; each figure appears with its budget, met or not.
 */
import { describe, expect, it } from 'vitest';
import {
	README_END,
	README_START,
	readmeTables,
	replaceBenchSection,
	slowFramesBy,
	type BenchResults,
	type FrameStats
} from '../../bench/report';
import { BUDGETS } from '../support/budgets';

const smooth: FrameStats = { frames: 600, medianMs: 16.7, p95Ms: 16.8, maxMs: 33.4, over20msShare: 0.002, longTasks: 0, longestTaskMs: 0 };
const janky: FrameStats = { frames: 300, medianMs: 16.7, p95Ms: 33.4, maxMs: 217, over20msShare: 0.12, longTasks: 20, longestTaskMs: 203 };

function results(overrides: Partial<BenchResults> = {}): BenchResults {
	return {
		date: '2026-12-01T17:00:00.000Z',
		machine: { cpu: 'Test CPU', cores: 2, memoryGB: 8, loadAverageAtStart: 1.5, loadAverageAtEnd: 2.5, node: '20.0.0', chromium: '140.0' },
		durationS: 321,
		javascript: {
			files: [
				{ path: '/a.js', gzipBytes: 30_000 },
				{ path: '/b.js', gzipBytes: 10_000 }
			],
			filesGzipBytes: 40_000,
			inlineGzipBytes: 5_000,
			totalGzipBytes: 45_000
		},
		lighthouse: [
			{ performance: 1, lcpMs: 800, tbtMs: 10, cls: 0 },
			{ performance: 0.99, lcpMs: 1200, tbtMs: 30, cls: 0 },
			{ performance: 1, lcpMs: 900, tbtMs: 0, cls: 0 }
		],
		storyScroll: [
			{ name: 'desktop', width: 1440, height: 900, deviceScaleFactor: 1, cpuSlowdown: 1, marks: 50_000, stats: smooth },
			{ name: 'phone', width: 390, height: 844, deviceScaleFactor: 3, cpuSlowdown: 4, marks: 50_000, stats: janky },
			{ name: 'phone', width: 390, height: 844, deviceScaleFactor: 3, cpuSlowdown: 4, reducedMotion: true, marks: 50_000, stats: smooth }
		],
		transitions: [
			{
				marks: 500_000,
				renderers: {
					pixels: { ...smooth, paintedFrames: { p95Ms: 18.2, maxMs: 25 } },
					'pixels-main-thread': janky,
					'canvas-paths': janky,
					svg: { notRun: 'too slow' }
				}
			}
		],
		...overrides
	};
}

const rowOf = (markdown: string, start: string) => markdown.split('\n').find((line) => line.startsWith(`| ${start}`)) ?? '';

describe('readmeTables', () => {
	it('says when and on what it was measured', () => {
		const text = readmeTables(results());
		expect(text).toContain('2026-12-01');
		expect(text).toContain('Test CPU, 2 cores, 8 GB');
		expect(text).toContain('load average 1.5 at the start and 2.5 at the end');
		expect(text).toContain('Chromium 140.0');
	});

	it('gives the JavaScript figure with its budget, met or not', () => {
		expect(rowOf(readmeTables(results()), 'JavaScript')).toContain('45.0 kB: 40.0 kB in 2 files, 5.0 kB inline');
		expect(rowOf(readmeTables(results()), 'JavaScript')).toMatch(/\| yes \|$/);
		const over = results({
			javascript: {
				files: [{ path: '/a.js', gzipBytes: BUDGETS.firstLoadJsGzipBytes + 1 }],
				filesGzipBytes: BUDGETS.firstLoadJsGzipBytes + 1,
				inlineGzipBytes: 0,
				totalGzipBytes: BUDGETS.firstLoadJsGzipBytes + 1
			}
		});
		expect(rowOf(readmeTables(over), 'JavaScript')).toContain('**no**');
	});

	it('has a row for each screen and CPU the story was scrolled on, judged against the frame budgets', () => {
		const text = readmeTables(results());
		const desktop = rowOf(text, 'desktop 1440×900 at ratio 1');
		expect(desktop).toContain('| as is | 50,000 | 16.7 / 16.8 / 33.4 | 0.2 % | – | none | yes |');
		const phone = rowOf(text, 'phone 390×844 at ratio 3');
		expect(phone).toContain('| slowed 4× | 50,000 | 16.7 / 33.4 / 217 | 12.0 % | – | 20, longest 203 ms | **no** |');
		const rows = text.split('\n').filter((line) => line.startsWith('| phone 390×844 at ratio 3'));
		expect(rows[1]).toContain('| slowed 4×, reduced motion | 50,000 | 16.7 / 16.8 / 33.4 | 0.2 % | – | none | yes |');
	});

	it('gives each run of a profile scrolled more than once a row of its own, numbered', () => {
		const phone = { name: 'phone', width: 390, height: 844, deviceScaleFactor: 3, cpuSlowdown: 4, marks: 50_000 };
		const text = readmeTables(
			results({
				storyScroll: [
					{ ...phone, stats: janky, run: { index: 1, of: 2 } },
					{ ...phone, stats: smooth, run: { index: 2, of: 2 } }
				]
			})
		);
		const rows = text.split('\n').filter((line) => line.startsWith('| phone 390×844 at ratio 3'));
		expect(rows).toHaveLength(2);
		expect(rows[0]).toContain('| slowed 4× (run 1 of 2) | 50,000 | 16.7 / 33.4 / 217 | 12.0 % |');
		expect(rows[1]).toContain('| slowed 4× (run 2 of 2) | 50,000 | 16.7 / 16.8 / 33.4 | 0.2 % |');
	});

	it('says where the slow frames fell: the opening, then each chart in the order it showed', () => {
		const ticks = [0, 16.7, 50, 66.7, 83.4, 120, 136.7];
		const showing = ['the opening', 'the opening', 'the opening', 'workers', 'workers', 'shifts', 'shifts'];
		const by = slowFramesBy(ticks, showing);
		expect(by).toEqual([
			{ showing: 'the opening', slow: 1, frames: 2 },
			{ showing: 'workers', slow: 0, frames: 2 },
			{ showing: 'shifts', slow: 1, frames: 2 }
		]);
		const phone = { name: 'phone', width: 390, height: 844, deviceScaleFactor: 3, cpuSlowdown: 4, marks: 50_000, stats: janky };
		const row = rowOf(readmeTables(results({ storyScroll: [{ ...phone, slowFrames: by }] })), 'phone 390×844 at ratio 3');
		expect(row).toContain('| 12.0 % | the opening 1 of 2, workers 0 of 2, shifts 1 of 2 | 20, longest 203 ms |');
	});

	it('gives every renderer at every count of marks, saying which were not run and why', () => {
		const row = rowOf(readmeTables(results()), '500,000');
		expect(row).toContain('16.7 / 16.8 / 33.4, no long task; the chart’s own frames p95 18.2 ms, longest 25 ms');
		expect(row).toContain('16.7 / 33.4 / 217, 20 long tasks, longest 203 ms');
		expect(row).toContain('not run (too slow)');
		expect(row).toContain(`| ${Math.round((33.4 / 16.8) * 10) / 10}, – |`);
	});
});

describe('replaceBenchSection', () => {
	const readme = `# Title\n\n## Performance\n\n${README_START}\nold table\n${README_END}\n\n## Commands\n`;

	it('replaces what is between the markers and nothing else', () => {
		const once = replaceBenchSection(readme, 'new table');
		expect(once).toBe(`# Title\n\n## Performance\n\n${README_START}\nnew table\n${README_END}\n\n## Commands\n`);
		expect(replaceBenchSection(once, 'new table')).toBe(once);
	});

	it('refuses a README without the markers, or with them twice or out of order', () => {
		expect(() => replaceBenchSection('# Title\n', 'x')).toThrow(/bench:start/);
		expect(() => replaceBenchSection(readme + readme, 'x')).toThrow(/exactly one/);
		expect(() => replaceBenchSection(`${README_END}\n${README_START}\n`, 'x')).toThrow(/exactly one/);
	});
});
