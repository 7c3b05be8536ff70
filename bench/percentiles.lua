-- wrk prints these lines at the end of a run; bench/run reads them.
done = function(summary, latency, requests)
  io.write(string.format("BENCH requests=%d errors=%d duration_us=%d p50_us=%d p95_us=%d\n",
    summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    summary.duration, latency:percentile(50), latency:percentile(95)))
end
