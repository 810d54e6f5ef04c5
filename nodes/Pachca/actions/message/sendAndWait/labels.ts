/**
 * The answer buttons' default labels: the label parameters' defaults (so the panel shows them as values)
 * and what the node falls back to when a saved workflow has none.
 */
export const DEFAULT_LABELS = {
	approve: 'Approve',
	disapprove: 'Disapprove',
	respond: 'Respond',
	submit: 'Submit',
} as const;

/** The Options a new node starts with: the free-text labels (shown only for Free Text). */
export const FREE_TEXT_LABEL_DEFAULTS = {
	messageButtonLabel: DEFAULT_LABELS.respond,
	responseFormButtonLabel: DEFAULT_LABELS.submit,
};
