/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/require-node-api-error -- test tooling that runs n8n and a browser, not node code */
// Progress lines for the long steps of `npm start` and the e2e suite (n8n install, build, n8n boot):
// a person at a terminal sees the step, how far it got and how long is left, never minutes of silence.
// On a terminal the line is redrawn every second; in a log (CI, `| tee`) a line is added every 5 s.
import fs from 'node:fs';

const TTY_EVERY_MS = 1000;
const LOG_EVERY_MS = 5000;

export const seconds = (ms: number): string => `${Math.round(ms / 1000)} s`;

/** "about 2 min 10 s left" from the time spent and the share done (0..1); '' while it cannot tell. */
export function timeLeft(elapsedMs: number, done: number): string {
	if (done <= 0.02 || done >= 1 || elapsedMs < 3000) return '';
	const left = Math.round((elapsedMs / done - elapsedMs) / 1000);
	return left >= 60 ? `about ${Math.floor(left / 60)} min ${left % 60} s left` : `about ${left} s left`;
}

export interface Step {
	/** Stops the ticker and prints `[tag] label: summary (time)`. */
	done(summary: string): void;
	fail(): void;
}

interface Active {
	tag: string;
	label: string;
	started: number;
	status: (elapsedMs: number) => string;
}

/** Steps running now (npm start overlaps the n8n install with the build): one ticker shows them all. */
const active = new Set<Active>();
let timer: ReturnType<typeof setInterval> | undefined;
const tty = () => process.stdout.isTTY === true;

function describe(a: Active): string {
	const elapsed = Date.now() - a.started;
	const detail = a.status(elapsed);
	return `[${a.tag}] ${a.label}: ${detail ? `${detail}, ` : ''}${seconds(elapsed)} so far`;
}

function tick(): void {
	const lines = [...active].map(describe);
	if (!tty()) process.stdout.write(lines.map((l) => `${l}\n`).join(''));
	else process.stdout.write(`\r\x1b[K${lines.join('  |  ').slice(0, (process.stdout.columns || 120) - 1)}`);
}

function finish(a: Active, line: string): void {
	active.delete(a);
	if (active.size === 0 && timer) {
		clearInterval(timer);
		timer = undefined;
	}
	process.stdout.write(`${tty() ? '\r\x1b[K' : ''}[${a.tag}] ${line} (${seconds(Date.now() - a.started)})\n`);
}

/**
 * Prints `[tag] label...` now and then `[tag] label: <status()>, <elapsed> so far` every few seconds
 * until `done()`. `status` says how far the step is (and how long is left, if it can tell).
 */
export function step(tag: string, label: string, status: (elapsedMs: number) => string = () => ''): Step {
	const a: Active = { tag, label: label.replace(/ \(.*\)$/, ''), started: Date.now(), status };
	process.stdout.write(`${tty() && active.size > 0 ? '\r\x1b[K' : ''}[${tag}] ${label}...\n`);
	active.add(a);
	timer ??= setInterval(tick, tty() ? TTY_EVERY_MS : LOG_EVERY_MS);
	return {
		done: (summary) => finish(a, `${a.label}: ${summary}`),
		fail: () => finish(a, `${a.label}: failed`),
	};
}

/** Runs `work` as a step; the closing line is `summary` (or the label with "done"). */
export async function withStep<T>(
	tag: string,
	label: string,
	work: () => Promise<T>,
	{ status, summary }: { status?: (elapsedMs: number) => string; summary?: string } = {},
): Promise<T> {
	const s = step(tag, label, status);
	try {
		const value = await work();
		s.done(summary ?? 'done');
		return value;
	} catch (e) {
		s.fail();
		throw e;
	}
}

/** The last line of a log file, shortened: what a starting server says it is doing. */
export function lastLogLine(file: string, max = 70): string {
	let text = '';
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch {
		return '';
	}
	const line = text.trimEnd().split('\n').at(-1)?.trim() ?? '';
	return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
