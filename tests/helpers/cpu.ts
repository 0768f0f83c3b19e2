// CPU time for the tests' guards against runaway work: unlike wall time, a busy machine (a CI runner,
// other tests in parallel) does not make a linear step look slow.
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
