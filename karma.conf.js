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
    browserNoActivityTimeout: 120000,
    singleRun: true,
    restartOnFileChange: false,
  });
};
