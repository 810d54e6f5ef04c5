// The browser part of the e2e suite, shared by `npm run test:e2e` and `npm run screenshots`.
import { checkChatPage, checkEditor } from './browser';
import type { Stack } from './lib/stack';
import { checkNewNodeCredential } from './new-node';
import { checkPanels } from './panels';

export const BROWSER_STEPS: ReadonlyArray<readonly [id: string, title: string, run: (stack: Stack, out: string) => Promise<void>]> = [
	['editor', 'The editor in Chromium: examples, node panels, credential dialog', checkEditor],
	['new node', 'A new Pachca node in the editor: its default credential', checkNewNodeCredential],
	['panels', "Panels: Send and Wait's default labels, the output-schema preview", checkPanels],
	['chat page', "The emulator's chat page in Chromium: a command, formatting, an alert's buttons, an approval", checkChatPage],
];
