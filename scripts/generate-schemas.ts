/** npm run schemas: writes data/schema/*.schema.json from the zod schemas (see json-schema.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileSchemas, type DataFileName } from '../src/lib/server/data/schema';
import { jsonSchemaText, schemaFileName } from '../src/lib/server/data/json-schema';

const dir = join(import.meta.dirname, '../data/schema');
mkdirSync(dir, { recursive: true });
for (const file of Object.keys(fileSchemas) as DataFileName[]) {
	writeFileSync(join(dir, schemaFileName(file)), jsonSchemaText(file));
	console.log(`Wrote data/schema/${schemaFileName(file)}`);
}
