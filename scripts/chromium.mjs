// Debian's chromium, as every browser test here launches it (browsers cannot be downloaded on
// these machines). The flags keep it off the network: without them it calls Google's hosts
// at every start. CHROMIUM_PATH overrides the binary.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
