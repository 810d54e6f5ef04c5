// What `npm start` switches on and what it tells a person to try; the README's quick start says the
// same (test/e2e/readme-examples.test.ts keeps the two in step).
import { DEMO_CHATS } from '../../emulator/ui/seed';
import { CREDENTIALS, type Stack } from './stack';

/**
 * Examples started right away. 01 and 05 would take the main bot's one URL from 04; 08 would answer
 * /task a second time; 02 moves a bot's URL. 09 and 25 listen on their own n8n Webhook paths, so they can run
 * beside 04 (which forwards 25's in-chat answers).
 */
export const ACTIVE_EXAMPLES = [
	'03-periodic-digest.json',
	'04-command-reply-in-thread.json',
	'06-button-click-callback.json',
	'07-monitoring-alert.json',
	'09-approval-before-deploy.json',
	'25-agent-asks-before-posting.json',
];

/** The ready-to-run lines printed at start, one block per example a person can fire. */
export function tryLines(stack: Stack): string[] {
	const port = new URL(stack.emulator.baseUrl).port;
	const curl = (file: string, node: string, body: object) => [
		`    curl -X POST ${stack.webhookUrl(file, node)} -H 'Content-Type: application/json' \\`,
		`      -d '${JSON.stringify(body)}'`,
	];
	return [
		`  Credentials: "${CREDENTIALS.main}" (a new Pachca node picks it), "${CREDENTIALS.alerts}", "${CREDENTIALS.admin}", "${CREDENTIALS.model}"`,
		'',
		'  Try (04) a command: post "/task buy milk" in General on the chat page, or from a shell:',
		`    PACHCA_EMULATOR_PORT=${port} npm run emulator -- send --chat ${DEMO_CHATS.general} --user 13 "/task buy milk"`,
		'  Try (07 + 06) an alert, then click Take or Ignore under it in Alerts on the chat page:',
		...curl('07-monitoring-alert.json', 'Monitoring Alert', { id: 'db-1', severity: 'critical', title: 'Disk 91% full on db-1' }),
		'  Try (09) an approval: the bot asks in Team; Deploy or Cancel on the chat page resumes the waiting execution:',
		...curl('09-approval-before-deploy.json', 'Deploy Request', { version: 'v2.4', service: 'billing', requestedBy: 'Olga' }),
		"  Try (25) an AI agent that asks first: the bot asks in General; 'Post it' clicked as Olga or Pavel lets it post:",
		...curl('25-agent-asks-before-posting.json', 'Agent Request', { request: 'The office is closed on Friday for the move.' }),
		'  Try (03) the digest: open it in the editor and click "Execute workflow" (it runs by itself on weekdays at 9:00).',
	];
}
