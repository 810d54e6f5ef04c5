/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test tooling that runs n8n and a browser, not node code */
// `bash test/e2e/install.sh`: installs the e2e n8n into .e2e/n8n if missing (see lib/install.ts).
import { ensureN8n } from './lib/install';

ensureN8n().catch((e: unknown) => {
	process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
	process.exit(1);
});
