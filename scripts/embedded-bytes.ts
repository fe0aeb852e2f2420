// What a signed-in visitor's page carries besides code (mock-api/static-files.ts): the session
// block, for each demonstration user, raw and gzipped (the server compresses the page on the
// fly). Data, not code: `npm run size` reports it apart from the bundles.
import { gzipSync } from 'node:zlib';
import { startTestServer } from '../mock-api/testing';

async function main(): Promise<void> {
  const server = await startTestServer();
  try {
    for (const user of ['comanager', 'cochair', 'wgmember', 'admin']) {
      const client = await server.as(user);
      const page = await fetch(`${server.base}/overview`, { headers: { cookie: client.cookie } });
      const block = /<script type="application\/json" id="rso-session">.*?<\/script>/.exec(
        await page.text(),
      )?.[0];
      if (!block) throw new Error(`No session block in ${user}'s page`);
      console.log(
        `embedded data (${user}'s page, not code): raw ${block.length} B · gzip ${gzipSync(block).length} B`,
      );
    }
  } finally {
    server.close();
  }
}

// The scripts run as CommonJS: no top-level await.
main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
