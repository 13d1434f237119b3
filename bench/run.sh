#!/usr/bin/env bash
# recflow's benchmark harness (issue 9). One command:
#
#   bench/run.sh [h2|postgres|both] [--quick] [--replies] [--no-build] [--only=replies,physical,dashboard,storm]
#
#   bench/run.sh h2 --replies      only the reply comparison (issue 20), 10-14 minutes on 2 cores: recflow against bare
#                                  Camunda's open REST API (no sign-in) at 1, 8 and 32 clients, smaller sizes (see below);
#                                  BENCH_ONLY=replies bench/run.sh h2 is the same
#
# Builds recflow (into target-bench/), the load generator (bench/) and the bare-Camunda baseline (bench/baseline/),
# starts them on free ports (never 8080) against a fresh database (an H2 file, or a private PostgreSQL cluster on a free
# port), and measures: 1-2 replies (recflow and baseline, alternately), 3 the physical insert+commit limit, 5 the
# dashboard at growing numbers of stored approvals, 6 memory, 4 the timer storm. Raw CSV files and server logs go to
# bench/results/<run-id>/ (gitignored); the Markdown summary to bench/results/<run-id>/report.md and
# bench/results/latest-<db>[-quick][-replies].md. See docs/BENCHMARKS.md.
#
# Sizes (full / --quick / --replies), each overridable from the environment:
#   BENCH_CONSULTATIONS 100 / 10 / 20 open consultations the 194 Member States reply to
#   BENCH_CLIENTS       "1 8 32"      concurrent clients
#   BENCH_RUNS          3 / 2 / 3     measured runs per level (after a warm-up of BENCH_WARMUP requests)
#   BENCH_WARMUP        2000 / 500 / 8000   requests at least, each level, each system
#   BENCH_WARMUP_MAX    = BENCH_WARMUP / 40000 (--replies): more warm-up requests, in batches of 2,000, until the server's
#                                     JIT compiler threads used under 3% of its CPU over a batch: the measured runs then see
#                                     the compiled reply step of a long-running server
#   BENCH_STORM         10000 / 1000  consultations closing at the same instant (seeded over HTTP)
#   BENCH_DASH_LEVELS   "1000 10000 100000" / "1000 10000"   stored approvals (beyond BENCH_STORM: copied by SQL)
#   BENCH_DASH_OPEN     1000 / 100    at the largest level, also measured with only this many approvals still open
#   BENCH_COMMIT_SECONDS 20 / 5       seconds per level of the insert+commit loop
#   BENCH_SEED_CLIENTS  8             clients seeding over HTTP
#   BENCH_JAVA_OPTS     "-Xmx1g"      JVM options of recflow and of the baseline
#   BENCH_RECFLOW_ARGS  ""            extra Spring arguments for every recflow node (e.g. --server.tomcat.threads.max=16)
#   BENCH_BASELINE_NOAUTH 1           the baseline with its REST API open (no sign-in), the one issue 20 compares with; 0: leave it out
#   BENCH_BASELINE_AUTH 1 / 1 / 0     the baseline with Camunda's sign-in (HTTP Basic against its identity tables; 6 ms of CPU
#                                     a reply, so --replies leaves it out unless this is 1)
#   BENCH_BUILD_DIR     target-bench  where recflow is built (and, with --no-build, found: the newest jar, which must have
#                                     been built from HEAD, as its git.properties says)
#   BENCH_REF_JAR       ""            another recflow jar (e.g. an older commit's, built with -Dbuild.dir=...) measured as recflow-ref,
#                                     alternately with this one under the same load: a before/after on a busy machine
#   BENCH_REF_ARGS      ""            extra Spring arguments for recflow-ref only
#   BENCH_REF_H2        ""            H2 settings appended to recflow-ref's database URL (e.g. ";PAGE_SIZE=1024")
#   BENCH_STORM_SETTLE  15            seconds between the storm nodes' readiness and the instant
#   BENCH_JFR           0             1: record a CPU profile (Java Flight Recorder) of recflow in each phase -> profile.txt
#   BENCH_TMP           /tmp/recflow-bench   databases (deleted at the end unless BENCH_KEEP=1)
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)

DBS=h2
QUICK=0
BUILD=1
ONLY=${BENCH_ONLY:-replies,physical,dashboard,storm}
for arg in "$@"; do
  case "$arg" in
    h2|postgres) DBS=$arg ;;
    both) DBS="h2 postgres" ;;
    --quick) QUICK=1 ;;
    --no-build) BUILD=0 ;;
    --replies) ONLY=replies ;;
    --only=*) ONLY=${arg#--only=} ;;
    -h|--help) awk 'NR > 1 && /^#/ { print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done
wants() { [[ ",$ONLY," == *",$1,"* ]]; }

if [ "$ONLY" = replies ] && [ "$QUICK" = 0 ]; then
  # the reply comparison alone (issue 20): 20 consultations x 194 Member States = 3,880 replies a run, 3 runs a level
  : "${BENCH_CONSULTATIONS:=20}" "${BENCH_RUNS:=3}" "${BENCH_WARMUP:=8000}" "${BENCH_WARMUP_MAX:=40000}" "${BENCH_BASELINE_AUTH:=0}"
fi
if [ "$QUICK" = 1 ]; then
  : "${BENCH_CONSULTATIONS:=10}" "${BENCH_RUNS:=2}" "${BENCH_WARMUP:=500}" "${BENCH_STORM:=1000}"
  : "${BENCH_DASH_LEVELS:=1000 10000}" "${BENCH_COMMIT_SECONDS:=5}" "${BENCH_DASH_REQUESTS:=50}" "${BENCH_DASH_SECONDS:=20}"
  : "${BENCH_DASH_MIN:=10}" "${BENCH_DASH_OPEN:=100}"
else
  : "${BENCH_CONSULTATIONS:=100}" "${BENCH_RUNS:=3}" "${BENCH_WARMUP:=2000}" "${BENCH_STORM:=10000}"
  : "${BENCH_DASH_LEVELS:=1000 10000 100000}" "${BENCH_COMMIT_SECONDS:=20}" "${BENCH_DASH_REQUESTS:=200}" "${BENCH_DASH_SECONDS:=60}"
  : "${BENCH_DASH_MIN:=20}" "${BENCH_DASH_OPEN:=1000}"
fi
: "${BENCH_CLIENTS:=1 8 32}" "${BENCH_SEED_CLIENTS:=8}" "${BENCH_JAVA_OPTS:=-Xmx1g}" "${BENCH_BASELINE_NOAUTH:=1}" "${BENCH_BASELINE_AUTH:=1}"
: "${BENCH_RECFLOW_ARGS:=}" "${BENCH_BUILD_DIR:=target-bench}" "${BENCH_REF_JAR:=}" "${BENCH_REF_ARGS:=}"
: "${BENCH_TMP:=/tmp/recflow-bench}" "${BENCH_KEEP:=0}" "${BENCH_STORM_SETTLE:=15}" "${BENCH_JFR:=0}"

STORM_INSTANT=2027-03-24T00:00:00Z        # the day after the consultations' close (23:59:59Z on 23 March 2027)
SEED_NOW=2026-12-01T09:00:00Z              # the simulated time of the whole run before the storm
TOOL_JAR=$BENCH_DIR/target/recflow-bench.jar
BASELINE_JAR=$BENCH_DIR/baseline/target/baseline.jar
MEMBER_STATES=$ROOT/config/member-states.csv

log() { printf '\n=== %s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }
tool() { java -Xmx512m -jar "$TOOL_JAR" "$@"; }

# --- build ------------------------------------------------------------------------------------------------------------
if [ "$BUILD" = 1 ]; then
  log "building recflow into target-bench/, the load generator and the baseline"
  # a jar of an earlier version left there would otherwise be the one measured (it happened: 0.3.0's after the bump to 0.4.0)
  rm -f "$ROOT/$BENCH_BUILD_DIR"/recflow-*.jar "$ROOT/$BENCH_BUILD_DIR"/recflow-*.jar.original
  (cd "$ROOT" && mvn -q -B -DskipTests package -Dbuild.dir="$BENCH_BUILD_DIR")
  (cd "$BENCH_DIR" && mvn -q -B package)
  (cd "$BENCH_DIR/baseline" && mvn -q -B package)
fi
# the newest jar there (with --no-build, the last one built); the report names it and when it was built
PRODUCT_JAR=$(ls -t "$ROOT/$BENCH_BUILD_DIR"/recflow-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | grep -v '\.original$' | head -1 || true)
: "${PRODUCT_JAR:=$ROOT/$BENCH_BUILD_DIR/recflow-VERSION.jar}"
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD)$([ -n "$(git -C "$ROOT" status --porcelain -- src pom.xml config processes)" ] && echo '+uncommitted' || true)
for j in "$PRODUCT_JAR" "$TOOL_JAR" "$BASELINE_JAR"; do
  [ -f "$j" ] || { echo "missing $j (run without --no-build)" >&2; exit 1; }
done
# the commit the measured jar was built from (its git.properties): refuse a jar of another commit than the report names
JAR_COMMIT=$( (unzip -p "$PRODUCT_JAR" BOOT-INF/classes/git.properties 2>/dev/null || true) | sed -n 's/^git.commit.id.abbrev=//p')
if [ -n "$JAR_COMMIT" ] && [ "$JAR_COMMIT" != "$(git -C "$ROOT" rev-parse --short HEAD)" ]; then
  echo "$PRODUCT_JAR was built from $JAR_COMMIT, not from HEAD ($(git -C "$ROOT" rev-parse --short HEAD)): run without --no-build" >&2
  exit 1
fi

# --- processes we start, and only those, are stopped at the end ---------------------------------------------------------
PIDS=()
PG_STARTED=
cleanup() {
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && while kill -0 "$p" 2>/dev/null; do sleep 0.5; done; done
  if [ -n "$PG_STARTED" ]; then su postgres -c "$PGBIN/pg_ctl -D $PGDATA -m fast -w stop" >/dev/null 2>&1 || true; fi
  if [ "$BENCH_KEEP" != 1 ] && [ -n "${TMP:-}" ]; then rm -rf "$TMP"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 40000))
    [ "$p" = 8080 ] && continue
    ss -Htln "sport = :$p" | grep -q . || { echo "$p"; return; }
  done
}

stop_pid() {
  local pid=$1 i
  kill "$pid" 2>/dev/null || return 0
  for i in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
  local keep=()
  for p in "${PIDS[@]:-}"; do [ "$p" != "$pid" ] && [ -n "$p" ] && keep+=("$p"); done
  PIDS=("${keep[@]:-}")
}

load() { # phase before|after
  local l1 l5 l15 rest
  read -r l1 l5 l15 rest < /proc/loadavg
  echo "  load average ($2 $1): $l1 $l5 $l15 on $(nproc) CPUs"
  [ -s "$OUT/load.csv" ] || echo "phase,when,load1,load5,load15,cpus,at" > "$OUT/load.csv"
  echo "$DB $1,$2,$l1,$l5,$l15,$(nproc),$(date -u +%FT%TZ)" >> "$OUT/load.csv"
}

memory() { # label approvals pid
  local label=$1 approvals=$2 pid=$3 info used committed max rss hwm
  jcmd "$pid" GC.run > /dev/null
  sleep 2
  info=$(jcmd "$pid" GC.heap_info)
  committed=$(echo "$info" | sed -n 's/.*heap *total \([0-9]*\)K, used \([0-9]*\)K.*/\1/p' | head -1)
  used=$(echo "$info" | sed -n 's/.*heap *total \([0-9]*\)K, used \([0-9]*\)K.*/\2/p' | head -1)
  max=$(jcmd "$pid" VM.flags | tr ' ' '\n' | sed -n 's/^-XX:MaxHeapSize=//p')
  rss=$(awk '/^VmRSS/{print $2}' "/proc/$pid/status")
  hwm=$(awk '/^VmHWM/{print $2}' "/proc/$pid/status")
  [ -s "$OUT/memory.csv" ] || echo "db,approvals,when,heap_used_mb,heap_committed_mb,heap_max_mb,rss_mb,rss_peak_mb" > "$OUT/memory.csv"
  echo "$DB,$approvals,$label,$((used / 1024)),$((committed / 1024)),$((max / 1048576)),$((rss / 1024)),$((hwm / 1024))" >> "$OUT/memory.csv"
  echo "  memory ($label, $approvals approvals): heap used after GC $((used / 1024)) MB of $((committed / 1024)) MB committed" \
       "(max $((max / 1048576)) MB), RSS $((rss / 1024)) MB, peak RSS $((hwm / 1024)) MB"
}

# optional CPU profile of a phase (BENCH_JFR=1): Java Flight Recorder, summarised into profile.txt
jfr_start() { jcmd "$2" JFR.start name="$1" settings=profile > /dev/null; }
jfr_stop() {
  jcmd "$2" JFR.stop name="$1" filename="$OUT/$1.jfr" > /dev/null
  tool jfr-summary --file="$OUT/$1.jfr" --label="$DB $1" --out="$OUT/profile.txt"
}

# --- databases ---------------------------------------------------------------------------------------------------------
PGBIN=
pg_setup() {
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$PGBIN" ]; then
    log "installing PostgreSQL (apt-get install -y postgresql)"
    apt-get install -y postgresql > "$OUT/logs/apt.log" 2>&1
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  PGPORT=$(free_port)
  PGDATA=$TMP/pgdata
  mkdir -p "$PGDATA"
  chown postgres "$TMP" "$PGDATA"
  chmod 755 "$TMP"
  su postgres -c "$PGBIN/initdb -D $PGDATA --auth-local=trust --auth-host=scram-sha-256 -U postgres" > "$OUT/logs/initdb.log" 2>&1
  su postgres -c "$PGBIN/pg_ctl -D $PGDATA -l $PGDATA/server.log -w start \
      -o '-p $PGPORT -k $PGDATA -c listen_addresses=127.0.0.1 -c max_connections=200'" > /dev/null
  PG_STARTED=1
  psql_admin -c "CREATE ROLE bench LOGIN PASSWORD 'bench'" > /dev/null
  for d in recflow baseline baselinenoauth physical; do psql_admin -c "CREATE DATABASE $d OWNER bench" > /dev/null; done
  echo "  PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT (private cluster in $PGDATA, default settings:" \
       "shared_buffers $(psql_admin -Atc 'show shared_buffers'), synchronous_commit $(psql_admin -Atc 'show synchronous_commit'), fsync $(psql_admin -Atc 'show fsync'))"
}
psql_admin() { su postgres -c "$PGBIN/psql -h $PGDATA -p $PGPORT -U postgres -d postgres -v ON_ERROR_STOP=1 $(printf '%q ' "$@")"; }

# AUTO_SERVER=TRUE only when a phase writes a running server's database from outside (the dashboard's copies, the storm's
# clock): recflow's own URL has AUTO_SERVER=FALSE, and with it recflow holds rows in its own process (RowLocks) rather
# than by SELECT ... FOR UPDATE, which it must keep while another process may write the file.
if [ -n "${BENCH_H2_AUTO_SERVER:-}" ]; then H2_AUTO_SERVER=$BENCH_H2_AUTO_SERVER   # TRUE: to look into the file meanwhile
elif wants dashboard || wants storm; then H2_AUTO_SERVER=TRUE; else H2_AUTO_SERVER=FALSE; fi
jdbc_of() { # database name -> JDBC URL
  # WRITE_DELAY=0 as in recflow's own default URL (an acknowledged reply is on disk); the same for every system measured
  if [ "$DB" = h2 ]; then echo "jdbc:h2:file:$TMP/h2/$1;AUTO_SERVER=$H2_AUTO_SERVER;WRITE_DELAY=0$([ "$1" = recflowref ] && echo "${BENCH_REF_H2:-}" || true)"; else echo "jdbc:postgresql://127.0.0.1:$PGPORT/$1"; fi
}
db_user() { if [ "$DB" = h2 ]; then echo sa; else echo bench; fi; }
db_password() { if [ "$DB" = h2 ]; then echo ""; else echo bench; fi; }
sql() { tool sql "--jdbc=$(jdbc_of "$1")" "--user=$(db_user)" "--password=$(db_password)" "${@:2}"; }

# after a bulk copy or update, what autovacuum would have done over the years the bulk change stands for: PostgreSQL's
# planner otherwise wades through 180,000 dead index entries (first PostgreSQL run without it: /api/deadlines?studyGroup=SG20
# p50 107 ms with 20,000 open deadlines; 20 ms after VACUUM ANALYZE)
settle_tables() {
  if [ "$DB" = postgres ]; then sql recflow --exec="VACUUM ANALYZE recflow.deadline; VACUUM ANALYZE recflow.approval; VACUUM ANALYZE recflow.history_step; VACUUM ANALYZE recflow.consultation_reply_version"; fi
}

snapshot() { # from to (recflow stopped)
  if [ "$DB" = h2 ]; then cp "$TMP/h2/$1.mv.db" "$TMP/h2/$2.mv.db"
  else psql_admin -c "CREATE DATABASE $2 TEMPLATE $1 OWNER bench" > /dev/null; fi
}

# --- servers ------------------------------------------------------------------------------------------------------------
RECFLOW_PID=
start_recflow() { # name database [extra product arguments...]; sets PORT and STARTED_PID
  local name=$1 database=$2
  shift 2
  PORT=$(free_port)
  local profiles=sim
  [ "$DB" = postgres ] && profiles=sim,postgres
  # run in $TMP: no ./config/application.yaml or ./data of the working tree is read
  (cd "$TMP" && exec java $BENCH_JAVA_OPTS -jar "${JAR:-$PRODUCT_JAR}" --spring.profiles.active=$profiles --server.port="$PORT" \
      "--spring.datasource.url=$(jdbc_of "$database")" --spring.datasource.username="$(db_user)" \
      --spring.datasource.password="$(db_password)" --logging.level.root=WARN $BENCH_RECFLOW_ARGS "$@" > "$OUT/logs/$name.log" 2>&1) &
  STARTED_PID=$! # the subshell execs java: this is the JVM's pid (its CPU time is read from /proc)
  PIDS+=("$STARTED_PID")
}

start_baseline() { # name database auth; sets PORT and STARTED_PID
  PORT=$(free_port)
  (cd "$TMP" && exec java $BENCH_JAVA_OPTS -jar "$BASELINE_JAR" --server.port="$PORT" \
      "--spring.datasource.url=$(jdbc_of "$2")" --spring.datasource.username="$(db_user)" \
      --spring.datasource.password="$(db_password)" --baseline.member-states="$MEMBER_STATES" \
      --baseline.auth="$3" --logging.level.root=WARN > "$OUT/logs/$1.log" 2>&1) &
  STARTED_PID=$!
  PIDS+=("$STARTED_PID")
}

machine_info() {
  {
    echo "date:      $(date -u +%FT%TZ)"
    echo "host:      $(uname -srm)"
    echo "cpu:       $(nproc) x $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
    echo "memory:    $(free -m | awk '/^Mem:/{print $2 " MB total, " $7 " MB available at start"}')"
    echo "disk:      $(df -h "$BENCH_TMP" | awk 'NR==2{print $1 " (" $2 ")"}')"
    echo "java:      $(java -version 2>&1 | head -1)"
    echo "jvm opts:  $BENCH_JAVA_OPTS (recflow and baseline)${BENCH_RECFLOW_ARGS:+; recflow arguments: $BENCH_RECFLOW_ARGS}"
    echo "product:   git $COMMIT ($(git -C "$ROOT" rev-parse --short HEAD) with $(git -C "$ROOT" status --porcelain -- src pom.xml config processes | wc -l) uncommitted changes under src/ pom.xml config/ processes/ (built $(date -u -r "$PRODUCT_JAR" +%FT%TZ)), $(basename "$PRODUCT_JAR"))"
    echo "sizes:     consultations=$BENCH_CONSULTATIONS x 194 Member States, clients=[$BENCH_CLIENTS], runs=$BENCH_RUNS, warm-up=$BENCH_WARMUP to ${BENCH_WARMUP_MAX:-$BENCH_WARMUP}, storm=$BENCH_STORM, dashboard levels=[$BENCH_DASH_LEVELS], quick=$QUICK"
    echo "baseline:  Camunda 7.24 REST$([ "$BENCH_BASELINE_AUTH" = 1 ] && echo ' with sign-in (Camunda identity, HTTP Basic: baseline)' || true)$([ "$BENCH_BASELINE_AUTH$BENCH_BASELINE_NOAUTH" = 11 ] && echo ', and' || true)$([ "$BENCH_BASELINE_NOAUTH" = 1 ] && echo ' without sign-in (open REST API: baseline-noauth)' || true)"
    [ -n "$BENCH_REF_JAR" ] && echo "reference: recflow-ref = $BENCH_REF_JAR (built $(date -u -r "$BENCH_REF_JAR" +%FT%TZ))${BENCH_REF_ARGS:+ with $BENCH_REF_ARGS}"
    echo "profiling: $([ "$BENCH_JFR" = 1 ] && echo 'Java Flight Recorder on (numbers carry its overhead)' || echo off)"
    echo "other load: $(ps -eo pcpu,comm --sort=-pcpu | awk 'NR>1 && NR<=6{printf "%s%% %s; ", $1, $2}')"
  } | tee -a "$OUT/machine.txt"
}

# --- one database ------------------------------------------------------------------------------------------------------
run_db() {
  DB=$1
  RUN_ID=$(date -u +%Y%m%dT%H%M%SZ)-$DB$([ "$QUICK" = 1 ] && echo -quick || true)
  OUT=$BENCH_DIR/results/$RUN_ID
  TMP=$BENCH_TMP/$RUN_ID
  mkdir -p "$OUT/logs" "$TMP/h2"
  log "run $RUN_ID: results in $OUT"
  machine_info
  if [ "$DB" = postgres ]; then pg_setup; echo "postgres:  $("$PGBIN/postgres" --version), port $PGPORT, default settings" >> "$OUT/machine.txt"; fi
  if [ "$DB" = h2 ]; then echo "h2 url:    $(jdbc_of recflow)" | tee -a "$OUT/machine.txt"; fi

  local seeded=0

  start_recflow recflow recflow
  RECFLOW_PID=$STARTED_PID
  RECFLOW_URL=http://127.0.0.1:$PORT
  local baseline_pids=() baseline_args=()
  if wants replies; then
    if [ -n "$BENCH_REF_JAR" ]; then
      JAR=$BENCH_REF_JAR start_recflow recflow-ref recflowref $BENCH_REF_ARGS
      baseline_args+=("--recflow-ref-url=http://127.0.0.1:$PORT" "--recflow-ref-ids=$OUT/ids-recflow-ref.txt" "--recflow-ref-pid=$STARTED_PID")
    fi
    if [ "$BENCH_BASELINE_AUTH" = 1 ]; then
      start_baseline baseline baseline true
      baseline_pids+=("$STARTED_PID")
      baseline_args+=("--baseline-url=http://127.0.0.1:$PORT" "--baseline-ids=$OUT/ids-baseline.txt" "--baseline-pid=$STARTED_PID")
    fi
    if [ "$BENCH_BASELINE_NOAUTH" = 1 ]; then
      start_baseline baseline-noauth baselinenoauth false
      baseline_pids+=("$STARTED_PID")
      baseline_args+=("--baseline-noauth-url=http://127.0.0.1:$PORT" "--baseline-noauth-ids=$OUT/ids-baseline-noauth.txt" \
                      "--baseline-noauth-pid=$STARTED_PID")
    fi
  fi
  tool wait-ready --url="$RECFLOW_URL/api/sim/clock" --timeout=600
  tool clock --url="$RECFLOW_URL" --now=$SEED_NOW

  # 1 + 2: replies, recflow and baseline -------------------------------------------------------------------------------
  if wants replies; then
    local arg url
    for arg in "${baseline_args[@]}"; do
      case "$arg" in
        --baseline*-url=*) url=${arg#*=}; tool wait-ready --url="$url/engine-rest/engine" --timeout=600 ;;
        --recflow-ref-url=*) url=${arg#*=}; tool wait-ready --url="$url/api/sim/clock" --timeout=600; tool clock --url="$url" --now=$SEED_NOW ;;
      esac
    done
    load replies-seed before
    tool seed-recflow --url="$RECFLOW_URL" --count="$BENCH_CONSULTATIONS" --concurrency="$BENCH_SEED_CLIENTS" \
        --out="$OUT/ids-recflow.txt" --db=$DB --timing-csv="$OUT/seed.csv"
    seeded=$BENCH_CONSULTATIONS
    for arg in "${baseline_args[@]}"; do
      case "$arg" in
        --recflow-ref-url=*) tool seed-recflow --url="${arg#*=}" --count="$BENCH_CONSULTATIONS" --concurrency="$BENCH_SEED_CLIENTS" \
                              --out="$OUT/ids-recflow-ref.txt" --db=$DB ;;
        --baseline-url=*) tool seed-baseline --url="${arg#*=}" --count="$BENCH_CONSULTATIONS" --concurrency="$BENCH_SEED_CLIENTS" \
                              --out="$OUT/ids-baseline.txt" --db=$DB --timing-csv="$OUT/seed.csv" ;;
        --baseline-noauth-url=*) tool seed-baseline --url="${arg#*=}" --count="$BENCH_CONSULTATIONS" --concurrency="$BENCH_SEED_CLIENTS" \
                              --out="$OUT/ids-baseline-noauth.txt" --db=$DB ;;
      esac
    done
    load replies-seed after
    log "replies: recflow and the bare-Camunda baseline, alternately"
    load replies before
    if [ "$BENCH_JFR" = 1 ]; then
      jfr_start replies-recflow "$RECFLOW_PID"
      [ -n "${baseline_pids[0]:-}" ] && jfr_start replies-baseline "${baseline_pids[0]}"
    fi
    tool replies --db=$DB --member-states="$MEMBER_STATES" --clients="$BENCH_CLIENTS" --runs="$BENCH_RUNS" --warmup="$BENCH_WARMUP" --warmup-max="${BENCH_WARMUP_MAX:-$BENCH_WARMUP}" \
        --recflow-url="$RECFLOW_URL" --recflow-ids="$OUT/ids-recflow.txt" --recflow-pid="$RECFLOW_PID" \
        "${baseline_args[@]}" --out="$OUT/replies.csv"
    load replies after
    if [ "$BENCH_JFR" = 1 ]; then
      jfr_stop replies-recflow "$RECFLOW_PID"
      [ -n "${baseline_pids[0]:-}" ] && jfr_stop replies-baseline "${baseline_pids[0]}"
    fi
    memory "after the replies benchmark" "$seeded" "$RECFLOW_PID"
    for p in "${baseline_pids[@]}"; do stop_pid "$p"; done
  fi

  # 3: the physical limit -------------------------------------------------------------------------------------------------
  if wants physical; then
    log "physical limit: one INSERT + COMMIT per transaction"
    load physical before
    tool commit-loop --db=$DB --jdbc="$(jdbc_of physical)" --user="$(db_user)" --password="$(db_password)" \
        --clients="$BENCH_CLIENTS" --seconds="$BENCH_COMMIT_SECONDS" --out="$OUT/physical.csv"
    if [ "$DB" = postgres ]; then
      for c in $BENCH_CLIENTS; do
        local threads=$(( c < $(nproc) ? c : $(nproc) ))
        local res
        res=$(PGPASSWORD=bench "$PGBIN/pgbench" -h 127.0.0.1 -p "$PGPORT" -U bench -n -M prepared -f "$BENCH_DIR/pgbench-insert.sql" \
              -c "$c" -j "$threads" -T "$BENCH_COMMIT_SECONDS" physical 2>&1)
        echo "$res" > "$OUT/logs/pgbench-$c.log"
        local tps lat
        tps=$(echo "$res" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
        lat=$(echo "$res" | sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' | head -1)
        echo "  pgbench insert+commit, $c clients: $tps tps, average latency $lat ms"
        echo "$DB,pgbench,$c,$BENCH_COMMIT_SECONDS,,$tps,$lat,,," >> "$OUT/physical.csv"
      done
    fi
    load physical after
  fi

  # 5 + 6: the dashboard and memory at growing numbers of stored approvals; the storm's data on the way ----------------
  if wants dashboard || wants storm; then
    local top=${BENCH_DASH_LEVELS##* }
    for level in $BENCH_DASH_LEVELS; do
      [ "$level" -le "$BENCH_STORM" ] || continue
      if [ "$level" -gt "$seeded" ]; then
        log "seeding over HTTP up to $level approvals"
        load "seed-$level" before
        tool seed-recflow --url="$RECFLOW_URL" --count=$((level - seeded)) --from-index=$seeded --concurrency="$BENCH_SEED_CLIENTS" \
            --db=$DB --timing-csv="$OUT/seed.csv"
        seeded=$level
        load "seed-$level" after
      fi
      if wants dashboard; then
        log "dashboard with $level approvals"
        load "dashboard-$level" before
        tool dashboard --db=$DB --url="$RECFLOW_URL" --pid="$RECFLOW_PID" --approvals=$level --requests="$BENCH_DASH_REQUESTS" \
            --max-seconds="$BENCH_DASH_SECONDS" --min-requests="$BENCH_DASH_MIN" --out="$OUT/dashboard.csv"
        load "dashboard-$level" after
        memory "after the dashboard" "$level" "$RECFLOW_PID"
      fi
    done
    if [ "$seeded" -lt "$BENCH_STORM" ]; then
      log "seeding over HTTP up to $BENCH_STORM approvals (the storm)"
      load "seed-$BENCH_STORM" before
      tool seed-recflow --url="$RECFLOW_URL" --count=$((BENCH_STORM - seeded)) --from-index=$seeded --concurrency="$BENCH_SEED_CLIENTS" \
          --db=$DB --timing-csv="$OUT/seed.csv"
      seeded=$BENCH_STORM
      load "seed-$BENCH_STORM" after
    fi
    stop_pid "$RECFLOW_PID"
    snapshot recflow stormbase
    local seeded_max
    seeded_max=$(sql recflow --query="SELECT MAX(id) FROM recflow.approval")

    if wants dashboard && [ "$top" -gt "$BENCH_STORM" ]; then
      for level in $BENCH_DASH_LEVELS; do
        [ "$level" -gt "$BENCH_STORM" ] || continue
        log "copying approvals by SQL up to $level"
        load "replicate-$level" before
        tool replicate --jdbc="$(jdbc_of recflow)" --user="$(db_user)" --password="$(db_password)" --target=$level
        settle_tables
        load "replicate-$level" after
        start_recflow "recflow-$level" recflow
        RECFLOW_PID=$STARTED_PID
        RECFLOW_URL=http://127.0.0.1:$PORT
        tool wait-ready --url="$RECFLOW_URL/api/sim/clock" --timeout=600
        memory "fresh start" "$level" "$RECFLOW_PID"
        log "dashboard with $level approvals"
        load "dashboard-$level" before
        [ "$BENCH_JFR" = 1 ] && jfr_start "dashboard-$level" "$RECFLOW_PID"
        tool dashboard --db=$DB --url="$RECFLOW_URL" --pid="$RECFLOW_PID" --approvals=$level --requests="$BENCH_DASH_REQUESTS" \
            --max-seconds="$BENCH_DASH_SECONDS" --min-requests="$BENCH_DASH_MIN" --out="$OUT/dashboard.csv"
        [ "$BENCH_JFR" = 1 ] && jfr_stop "dashboard-$level" "$RECFLOW_PID"
        load "dashboard-$level" after
        memory "after the dashboard" "$level" "$RECFLOW_PID"
        if [ "$level" = "$top" ]; then
          # the same store with most approvals finished, as they mostly are: first the copies' deadlines closed (the
          # approvals seeded over HTTP stay open), then all but the first BENCH_DASH_OPEN approvals' deadlines
          local keep open
          for keep in "$seeded_max" "$BENCH_DASH_OPEN"; do
            [ "$keep" -le "$seeded_max" ] || continue
            sql recflow --exec="UPDATE recflow.deadline SET closed_at = opened_at WHERE closed_at IS NULL AND subject_id > $keep"
            settle_tables
            open=$(sql recflow --query="SELECT COUNT(DISTINCT subject_id) FROM recflow.deadline WHERE closed_at IS NULL")
            log "dashboard with $level approvals, only $open of them with open deadlines"
            tool dashboard --db=$DB --url="$RECFLOW_URL" --pid="$RECFLOW_PID" --approvals="$level ($open open)" --requests="$BENCH_DASH_REQUESTS" \
                --max-seconds="$BENCH_DASH_SECONDS" --min-requests="$BENCH_DASH_MIN" --out="$OUT/dashboard.csv"
            memory "after the dashboard ($open open)" "$level" "$RECFLOW_PID"
          done
        fi
        stop_pid "$RECFLOW_PID"
      done
    fi
  else
    stop_pid "$RECFLOW_PID"
  fi

  # 4: the timer storm ------------------------------------------------------------------------------------------------------
  if wants storm; then
    local expect=$BENCH_STORM
    log "timer storm: $expect consultations close at $STORM_INSTANT; (a) one node, sim clock endpoint"
    snapshot stormbase stormsim
    start_recflow storm-sim stormsim
    RECFLOW_PID=$STARTED_PID
    tool wait-ready --url="http://127.0.0.1:$PORT/api/sim/clock" --timeout=600
    load storm-sim before
    [ "$BENCH_JFR" = 1 ] && jfr_start storm-sim "$RECFLOW_PID"
    tool storm-sim --db=$DB --url="http://127.0.0.1:$PORT" --now=$STORM_INSTANT --expect="$expect" \
        --jdbc="$(jdbc_of stormsim)" --user="$(db_user)" --password="$(db_password)" --out="$OUT/storm.csv"
    [ "$BENCH_JFR" = 1 ] && jfr_stop storm-sim "$RECFLOW_PID"
    load storm-sim after
    memory "after the storm (sim clock)" "$expect" "$RECFLOW_PID"
    stop_pid "$RECFLOW_PID"

    local nodes_list="1"
    [ "$DB" = postgres ] && nodes_list="1 2"
    for nodes in $nodes_list; do
      log "timer storm: (b) $nodes node(s), Camunda's job executor"
      snapshot stormbase "stormje$nodes"
      # the clock at the instant, the closing timers a day later: nothing is due while the nodes start
      sql "stormje$nodes" --exec="UPDATE recflow.sim_clock SET now = TIMESTAMP WITH TIME ZONE '2027-03-24 00:00:00+00:00' WHERE id = 1;
          UPDATE ACT_RU_JOB SET DUEDATE_ = DUEDATE_ + INTERVAL '1' DAY WHERE TYPE_ = 'timer'"
      load "storm-jobexecutor-$nodes" before
      local t0 urls="" node_pids=()
      t0=$(date +%s%3N)
      for n in $(seq 1 "$nodes"); do
        start_recflow "storm-je$nodes-node$n" "stormje$nodes" --camunda.bpm.job-execution.enabled=true
        node_pids+=("$STARTED_PID")
        urls="$urls${urls:+,}http://127.0.0.1:$PORT"
      done
      if [ "$BENCH_JFR" = 1 ]; then
        for u in ${urls//,/ }; do tool wait-ready --url="$u/api/sim/clock" --timeout=600 > /dev/null; done
        for p in "${node_pids[@]}"; do jfr_start "storm-je$nodes-$p" "$p"; done
      fi
      tool storm-watch --db=$DB --urls="$urls" --t0="$t0" --expect="$expect" --timeout=3600 --settle="$BENCH_STORM_SETTLE" \
          --trigger-sql="UPDATE ACT_RU_JOB SET DUEDATE_ = DUEDATE_ - INTERVAL '1' DAY WHERE TYPE_ = 'timer'" \
          --jdbc="$(jdbc_of "stormje$nodes")" --user="$(db_user)" --password="$(db_password)" --out="$OUT/storm.csv"
      load "storm-jobexecutor-$nodes" after
      [ "$BENCH_JFR" = 1 ] && for p in "${node_pids[@]}"; do jfr_stop "storm-je$nodes-$p" "$p"; done
      for p in "${node_pids[@]}"; do stop_pid "$p"; done
    done
  fi

  tool report --dir="$OUT" --out="$OUT/report.md" --commit="$COMMIT" \
      --title="Database: $DB. $([ "$QUICK" = 1 ] && echo 'QUICK MODE (reduced sizes): a proof that the harness works, not a measurement to quote.' || true)"
  cp "$OUT/report.md" "$BENCH_DIR/results/latest-$DB$([ "$QUICK" = 1 ] && echo -quick || true)$([ "$ONLY" = replies ] && echo -replies || true).md"
  if [ -n "$PG_STARTED" ]; then su postgres -c "$PGBIN/pg_ctl -D $PGDATA -m fast -w stop" > /dev/null; PG_STARTED=; fi
  if [ "$BENCH_KEEP" != 1 ]; then rm -rf "$TMP"; fi
  log "done: $OUT/report.md"
}

for d in $DBS; do run_db "$d"; done
