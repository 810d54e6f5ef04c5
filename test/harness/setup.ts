/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// n8n-core writes its instance config under N8N_USER_FOLDER on first use: keep it out of $HOME.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (!process.env.N8N_USER_FOLDER?.startsWith(tmpdir())) {
	process.env.N8N_USER_FOLDER = mkdtempSync(join(tmpdir(), 'n8n-pachca-test-'));
}

// n8n's logger would print every expected node error of the tests.
process.env.N8N_LOG_LEVEL ??= 'silent';
