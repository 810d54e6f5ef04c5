/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- writes files of the repository */
// `npm run schemas`: writes the Pachca node's `__schema__` files from the spec (output-schemas.ts);
// gulp copies them into dist/. Run after changing an operation's output or its recipe.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { buildAll, SCHEMA_ROOT } from './output-schemas';

rmSync(SCHEMA_ROOT, { recursive: true, force: true });
const files = buildAll();
for (const [file, text] of files) {
	mkdirSync(dirname(join(SCHEMA_ROOT, file)), { recursive: true });
	writeFileSync(join(SCHEMA_ROOT, file), text);
}
process.stdout.write(`${files.size} schemas in ${SCHEMA_ROOT}\n`);
