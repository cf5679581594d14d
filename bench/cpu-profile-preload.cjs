// Profiles a service process of the multi-process topology: Node 20 refuses `--cpu-prof` in NODE_OPTIONS,
// so `NODE_OPTIONS="--require <this file>"` starts the inspector's sampling profiler instead, and the
// profile is written at exit to $CPU_PROFILE_DIR (default /tmp) as <pid>.cpuprofile. Summarise it with
// bench/profile-summary.cjs (bench/README.md, finding 53).
/* eslint-disable @typescript-eslint/no-require-imports */
const inspector = require("node:inspector");
const fs = require("node:fs");
const path = require("node:path");

const session = new inspector.Session();
session.connect();
session.post("Profiler.enable");
session.post("Profiler.setSamplingInterval", { interval: 500 });
session.post("Profiler.start");
process.on("exit", () => {
  // The main thread's session answers synchronously, so the profile is written before the process ends.
  session.post("Profiler.stop", (error, result) => {
    if (error) return;
    const file = path.join(process.env.CPU_PROFILE_DIR ?? "/tmp", `${process.pid}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(result.profile));
  });
});
