// Karma for the unit specs: Jasmine in headless Chromium (Debian's /usr/bin/chromium by default).
const chromium = require('./scripts/chromium.cjs');

process.env.CHROME_BIN ||= chromium.executablePath;

module.exports = function (config) {
  config.set({
    frameworks: ['jasmine'],
    plugins: [require('karma-jasmine'), require('karma-chrome-launcher')],
    client: { jasmine: { random: true }, clearContext: false },
    reporters: ['dots'],
    browsers: ['ChromeHeadlessLocal'],
    customLaunchers: {
      ChromeHeadlessLocal: {
        base: 'ChromeHeadless',
        flags: chromium.args,
      },
    },
    // The global styles name Roboto's files relative to themselves (media/…), so the page asks for
    // them under /base/, where Karma serves the test files; the build's own files are served at
    // the root.
    proxies: { '/base/media/': '/media/' },
    browserNoActivityTimeout: 120000,
    singleRun: true,
    restartOnFileChange: false,
  });
};
