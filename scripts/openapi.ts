/** Writes the API's contract to openapi.json: npm run openapi (after a change to the API or its schemas). */
import { writeFileSync } from 'node:fs';
import { openApiDocument } from '../mock-api/openapi';

writeFileSync('openapi.json', JSON.stringify(openApiDocument(), null, 2) + '\n');
console.log('openapi.json written.');
