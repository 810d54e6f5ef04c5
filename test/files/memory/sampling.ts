/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- a test helper reading the process's memory */
// Memory growth while a run is in progress, two ways. RSS counts garbage too: Buffers already used
// and dropped stay until V8 collects them (when is V8's choice), and the allocator may keep the
// pages after that. Memory that survives a full GC is what the code really holds.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Growth<T> {
	result: T;
	/** peak growth over the baseline, in bytes */
	growth: number;
	/** how many samples were taken while the run was in progress */
	samples: number;
}

/** `--expose-gc` set at run time: contexts made afterwards get a `gc` function. */
function fullGc(): () => void {
	setFlagsFromString('--expose-gc');
	return runInNewContext('gc') as () => void;
}

/** Samples `everyMs` after the previous sample ended (a full GC takes a while: the run must go on in between). */
async function peakGrowth<T>(run: () => Promise<T>, everyMs: number, sample: () => number): Promise<Growth<T>> {
	const baseline = sample();
	let peak = baseline;
	let samples = 0;
	let timer: NodeJS.Timeout | undefined;
	const next = () => {
		timer = setTimeout(() => {
			peak = Math.max(peak, sample());
			samples++;
			next();
		}, everyMs);
	};
	next();
	try {
		return { result: await run(), growth: peak - baseline, samples };
	} finally {
		clearTimeout(timer);
	}
}

/** Peak RSS growth during `run`, sampled every 5 ms, garbage included. */
export async function peakRssGrowth<T>(run: () => Promise<T>): Promise<Growth<T>> {
	return await peakGrowth(run, 5, () => process.memoryUsage().rss);
}

/**
 * Peak growth of what survives a full GC (V8 heap and memory outside it, Buffers included), sampled 25 ms
 * apart during `run`. (100 ms apart, a 50 MB download on a quiet machine ended after 2 samples.)
 */
export async function peakRetainedGrowth<T>(run: () => Promise<T>): Promise<Growth<T>> {
	const gc = fullGc();
	return await peakGrowth(run, 25, () => {
		// V8 frees dead ArrayBuffers on a background thread after a GC; the second GC waits for that.
		gc();
		gc();
		const { heapUsed, external } = process.memoryUsage();
		return heapUsed + external;
	});
}

export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
