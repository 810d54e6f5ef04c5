import type { INodeProperties } from 'n8n-workflow';
import { WAIT_INDEFINITELY } from 'n8n-workflow';

import type { ParameterReader } from '../../../../shared/parameters';

const BASE = 'options.limitWaitTime.values';

const UNIT_MS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;

/** "Limit Wait Time", with the names and shape of n8n's own Send and Wait operations. */
export const limitWaitTimeOption: INodeProperties = {
	displayName: 'Limit Wait Time',
	name: 'limitWaitTime',
	type: 'fixedCollection',
	description:
		'Whether to stop waiting after a while: the execution then continues with the input item and no answer',
	default: { values: { limitType: 'afterTimeInterval', resumeAmount: 45, resumeUnit: 'minutes' } },
	options: [
		{
			displayName: 'Values',
			name: 'values',
			values: [
				{
					displayName: 'Limit Type',
					name: 'limitType',
					type: 'options',
					default: 'afterTimeInterval',
					options: [
						{ name: 'After Time Interval', value: 'afterTimeInterval', description: 'Waits for a certain amount of time' },
						{ name: 'At Specified Time', value: 'atSpecifiedTime', description: 'Waits until a date and time' },
					],
				},
				{
					displayName: 'Amount',
					name: 'resumeAmount',
					type: 'number',
					typeOptions: { minValue: 0, numberPrecision: 2 },
					default: 1,
					description: 'How long to wait for an answer',
					displayOptions: { show: { limitType: ['afterTimeInterval'] } },
				},
				{
					displayName: 'Unit',
					name: 'resumeUnit',
					type: 'options',
					options: [
						{ name: 'Minutes', value: 'minutes' },
						{ name: 'Hours', value: 'hours' },
						{ name: 'Days', value: 'days' },
					],
					default: 'hours',
					displayOptions: { show: { limitType: ['afterTimeInterval'] } },
				},
				{
					displayName: 'Max Date and Time',
					name: 'maxDateAndTime',
					type: 'dateTime',
					default: '',
					description: "When to stop waiting; a date and time without an offset is in the workflow's timezone",
					displayOptions: { show: { limitType: ['atSpecifiedTime'] } },
				},
			],
		},
	],
};

/**
 * Until when the execution waits for an answer: WAIT_INDEFINITELY without a limit. `now` is passed
 * in so a date in the past is refused rather than ending the wait at once.
 */
export function readWaitTill(read: ParameterReader, now: Date): Date {
	// Unset unless the option was added; null as the fallback, since n8n refuses an undefined one here.
	const limit = read.raw(BASE, null);
	if (limit === null || limit === undefined) return WAIT_INDEFINITELY;
	const type = read.choice<'afterTimeInterval' | 'atSpecifiedTime'>(`${BASE}.limitType`, 'afterTimeInterval');
	if (type === 'afterTimeInterval') {
		const path = `${BASE}.resumeAmount`;
		const raw = read.raw(path, 1);
		const amount = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
		if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0) {
			throw read.expected(path, 'a number greater than 0', raw);
		}
		const unit = read.choice<keyof typeof UNIT_MS>(`${BASE}.resumeUnit`, 'hours');
		return new Date(now.getTime() + Math.round(amount * UNIT_MS[unit]));
	}
	const path = `${BASE}.maxDateAndTime`;
	const when = read.dateTime(path);
	if (when.getTime() <= now.getTime()) throw read.fail(path, `${when.toISOString()} is already past`);
	return when;
}
