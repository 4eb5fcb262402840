// Compiles contracts/src with the pinned solcjs (standard JSON) and writes
// artifacts/<Contract>.abi and artifacts/<Contract>.bin. Run by build.sh.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = path.resolve(__dirname, '..');
const srcDir = path.join(root, 'src');
const outDir = path.join(root, 'artifacts');

// Contracts whose artifacts we keep; test-only ones sit in src/test.
const wanted = {
  'src/RestrictedToken.sol': ['RestrictedToken'],
  'src/SettlementToken.sol': ['SettlementToken'],
  'src/DvPSettlement.sol': ['DvPSettlement'],
  'src/test/ReentrantToken.sol': ['ReentrantToken'],
};

const sources = {};
for (const rel of Object.keys(wanted)) {
  sources[rel] = { content: fs.readFileSync(path.join(root, rel), 'utf8') };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    metadata: { bytecodeHash: 'none' },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};

function findImports(p) {
  const candidates = [path.join(root, 'node_modules', p), path.join(root, p)];
  for (const c of candidates) {
    if (fs.existsSync(c)) return { contents: fs.readFileSync(c, 'utf8') };
  }
  return { error: 'not found: ' + p };
}

const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of out.errors || []) {
  if (e.severity === 'error') failed = true;
  process.stderr.write(e.formattedMessage + '\n');
}
if (failed) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
for (const [file, names] of Object.entries(wanted)) {
  for (const name of names) {
    const c = out.contracts[file][name];
    fs.writeFileSync(path.join(outDir, name + '.abi'), JSON.stringify(c.abi, null, 2) + '\n');
    fs.writeFileSync(path.join(outDir, name + '.bin'), c.evm.bytecode.object + '\n');
  }
}
process.stderr.write('solc ' + solc.version() + ': compiled ' + Object.keys(wanted).length + ' files\n');
