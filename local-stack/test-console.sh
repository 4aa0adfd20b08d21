# ./stack test-console — sourced by ./stack, uses its helpers. The console's screens in a real browser: the four
# services and the console started on the local stack with the demo network and its months of calls (the KPIs and
# the personnel planning are computed from them), then the console's *BrowserIT tests
# (Debian's headless Chromium over the DevTools protocol, axe-core for accessibility) sign in at Keycloak as the demo
# users and work through the agent desktop and the admin console by keyboard.

CONSOLE_TEST="$STATE/console-test"
CONSOLE_TEST_LOG="$LOGS/test-console.log"

# Stops what this test started (a developer's running 'up' stays up).
console_test_stop() {
  local name
  if [ -e "$CONSOLE_TEST/started" ]; then
    for name in "$CONSOLE" "${SERVICES[@]}"; do stop_pid "$RUN/$name.pid" "$name"; done
    rm -f "$CONSOLE_TEST/started"
  fi
}

run_test_console() {
  local name
  mkdir -p "$CONSOLE_TEST"
  ensure_test_tools
  start_infrastructure
  [ -f "$ROOT/$CONSOLE/target/quarkus-app/quarkus-run.jar" ] || build_services
  if ! http_ok "http://127.0.0.1:${SERVICE_PORT[$CONSOLE]}/q/health/ready"; then
    touch "$CONSOLE_TEST/started"
    for name in "${SERVICES[@]}" "$CONSOLE"; do
      start_service "$name"
      await_service "$name"
    done
  fi
  seed_demo_data
  step "the console in headless Chromium (log: $CONSOLE_TEST_LOG)"
  mvnw verify -pl "$CONSOLE" -Dsurefire.skip=true -DskipITs=false >"$CONSOLE_TEST_LOG" 2>&1 \
    || { grep -E "Tests run|FAIL|expected|Expect" "$CONSOLE_TEST_LOG" | tail -n 40 >&2; return 1; }
  grep -E "Tests run:.*in de" "$CONSOLE_TEST_LOG" || true
  console_test_stop
  step "test-console passed (log: $CONSOLE_TEST_LOG)"
}

cmd_test_console() {
  trap 'console_test_stop; stop_started' EXIT
  run_test_console || die "test-console failed (log: $CONSOLE_TEST_LOG; console: $LOGS/$CONSOLE.log)"
}
