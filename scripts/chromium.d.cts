/** Launch options for Debian's Chromium (see chromium.cjs). */
declare const options: { executablePath: string; args: string[] };
export = options;
