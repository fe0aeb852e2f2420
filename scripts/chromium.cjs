// The one place that says which Chromium the tests use and how it is started: Debian's
// chromium (or CHROME_BIN), headless-friendly, with no network chatter of its own.
module.exports = {
  executablePath: process.env.CHROME_BIN || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
