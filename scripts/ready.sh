# Sourced by the scripts that start the server: wait_ready BASE PID LOG [INTERVAL] polls readiness until UP and
# exits with the log's name if the process died first. Each probe is a process, so a measured start is polled no
# faster than it needs (the default 0.05 s).
wait_ready() {
  local base=$1 pid=$2 log=$3 interval=${4:-0.05}
  until curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "server died; see $log"; exit 1; }
    sleep "$interval"
  done
}
