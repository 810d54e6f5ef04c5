/**
 * The answer buttons' labels when a saved workflow has none: the same as the label parameters' defaults
 * (written out there, as n8n's lint wants; test/sendAndWait/labels.test.ts keeps the two equal).
 */
export const DEFAULT_LABELS = {
	approve: 'Approve',
	disapprove: 'Disapprove',
	respond: 'Respond',
	submit: 'Submit',
} as const;
