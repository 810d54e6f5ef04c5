/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a command-line measurement */
// Answer times of submitted forms (Pachca waits 3 s): declared Form Validation refusing (400 at once,
// nothing started) and the workflow answering through Form → Respond, through the same harness as the tests.
import type { PachcaEmulator } from '../emulator';
import { clickFor, OLGA, openForm } from '../harness/fixtures/form';
import type { TriggerSetup } from '../harness/fixtures/trigger';
import { startTrigger } from '../harness/fixtures/trigger';

const SUBMISSIONS = 50;
const RULE = { formValidation: { rule: [{ field: 'reason', minLength: 10, message: 'Too short' }] } };

async function answerTimes(emulator: PachcaEmulator, setup: TriggerSetup, data: Record<string, unknown>): Promise<number[]> {
	const trigger = await startTrigger(emulator, { ...setup, parameters: { events: ['view.submit'], ...setup.parameters } });
	try {
		const times: number[] = [];
		for (let i = 0; i < SUBMISSIONS; i++) {
			await openForm(emulator, await clickFor(emulator));
			const form = emulator.openForms(OLGA).at(-1)!;
			const started = process.hrtime.bigint();
			await emulator.submitForm(form.id, OLGA, data);
			times.push(Number(process.hrtime.bigint() - started) / 1e6);
		}
		return times.sort((a, b) => a - b);
	} finally {
		await trigger.close();
	}
}

const row = (scenario: string, times: number[]) => ({
	scenario,
	submissions: times.length,
	'median ms': Number(times[Math.floor(times.length / 2)].toFixed(1)),
	'p95 ms': Number(times[Math.floor(times.length * 0.95)].toFixed(1)),
	'max ms': Number(times[times.length - 1].toFixed(1)),
	'Pachca waits ms': 3000,
});

/** One row per way of answering, each over SUBMISSIONS submissions (form opened, then submitted). */
export async function formAnswerRows(emulator: PachcaEmulator) {
	emulator.setRateLimits(false);
	emulator.setLatency(0);
	const data = { reason: 'Family wedding', date_start: '2026-07-01' };
	const refused = await answerTimes(emulator, { parameters: RULE }, { ...data, reason: 'short' });
	const respond = {
		parameters: { formAnswer: 'workflow' },
		server: { next: { type: 'pachca', parameters: { resource: 'form', operation: 'respond', respondWith: 'errorsJson', formErrorsJson: '{"date_start": "Taken"}' } } },
	};
	const workflow = await answerTimes(emulator, respond, data);
	emulator.setRateLimits(true);
	return [
		row('form: declared validation refuses (400 + errors, nothing started)', refused),
		row('form: the workflow answers through Form → Respond (400 + errors)', workflow),
	];
}
