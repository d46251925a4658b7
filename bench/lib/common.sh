# Shared by bench/pages and bench/cluster: packages, the jar, a throwaway PostgreSQL 15 of Debian's,
# application nodes, Nginx, and wrk runs. Sourced, not run. Everything listens on 127.0.0.1 only.
JAVA=${BENCH_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ -x "$JAVA" ] || JAVA=java
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-55432}
WORK=${WORK:-$(mktemp -d /tmp/gongshang-bench.XXXXXX)}
PIDS=()
ulimit -n 65536 2>/dev/null || true

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  if [ -f "$WORK/pg/postmaster.pid" ]; then
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
    else "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true; fi
  fi
}
trap cleanup EXIT

# Installs what is missing (Debian packages): wrk, PostgreSQL 15, Nginx.
ensure_packages() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  [ -x "$PG_BIN/initdb" ] || missing+=(postgresql)
  [ "${1:-}" = nginx ] && ! command -v nginx >/dev/null && missing+=(nginx)
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  # The packages' own services are not used: this script starts its own instances.
  command -v nginx >/dev/null && { systemctl stop nginx 2>/dev/null || service nginx stop 2>/dev/null || true; } >/dev/null 2>&1
  return 0
}

build_jar() {
  if [ ! -f target/gongshang.jar ] || [ -n "${REBUILD:-}" ]; then
    ./mvnw -q -o -DskipTests package 2>/dev/null || ./mvnw -q -DskipTests package
  fi
}

# A fresh PostgreSQL 15 cluster in $WORK/pg on $PG_PORT (trust on the loopback: a throwaway for measuring).
start_postgres() {
  local owner=""
  [ "$(id -u)" = 0 ] && { id postgres >/dev/null 2>&1 || useradd -r postgres; owner=postgres; }
  mkdir -p "$WORK/pg"
  [ -n "$owner" ] && chown "$owner" "$WORK" "$WORK/pg"
  as_pg() { if [ -n "$owner" ]; then runuser -u "$owner" -- "$@"; else "$@"; fi; }
  as_pg "$PG_BIN/initdb" -D "$WORK/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  cat >> "$WORK/pg/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$WORK/pg'
max_connections = 200
shared_buffers = 512MB
work_mem = 16MB
CONF
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/log" -w start >/dev/null \
    || { echo "PostgreSQL 15 did not start; its log:" >&2; tail -20 "$WORK/pg/log" >&2; return 1; }
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "create database gongshang" >/dev/null
}

psql_app() {
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d gongshang -v ON_ERROR_STOP=1 -q "$@"
}

PII_KEY=${PII_KEY:-$(head -c 32 /dev/urandom | base64)}
JVM_OPTS=${JVM_OPTS:-}

# start_node NAME PORT [args...]: the jar on the PostgreSQL above, in demo mode; logs in $WORK/NAME.log.
start_node() {
  local name=$1 port=$2; shift 2
  mkdir -p "$WORK/$name"
  # shellcheck disable=SC2086
  "$JAVA" $JVM_OPTS -jar target/gongshang.jar --server.port="$port" --gongshang.data-dir="$WORK/$name" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/gongshang" --spring.datasource.username=postgres \
    --gongshang.pii.key="$PII_KEY" --gongshang.demo=true --logging.level.root=WARN "$@" > "$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  LAST_PID=$!
}

# wait_healthy PORT: seconds until /actuator/health answers UP (printed), or fails after 10 minutes.
wait_healthy() {
  local start end
  start=$(date +%s.%N)
  for _ in $(seq 1 6000); do
    if curl -fs "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q UP; then
      end=$(date +%s.%N); echo "$end - $start" | bc; return 0
    fi
    sleep 0.1
  done
  echo "node on port $1 did not become healthy" >&2; return 1
}

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }

# wrk_run NAME URL [seconds] [connections]: one line of req/s and latency percentiles.
wrk_run() {
  local name=$1 url=$2 seconds=${3:-${SECONDS_PER_PAGE:-20}} connections=${4:-${CONNECTIONS:-64}} out
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$url" 2>&1)
  printf '%-28s %10s req/s  p50 %8s  p90 %8s  p99 %8s  %s\n' "$name" \
    "$(awk '/Requests\/sec/ {print $2}' <<< "$out")" \
    "$(awk '$1=="50%" {print $2}' <<< "$out")" "$(awk '$1=="90%" {print $2}' <<< "$out")" \
    "$(awk '$1=="99%" {print $2}' <<< "$out")" \
    "$(grep -E 'Non-2xx|Socket errors' <<< "$out" | tr '\n' ' ')"
}

# nginx_start PORT UPSTREAM...: Nginx on 127.0.0.1:PORT balancing over the given ports (round robin, no stickiness).
nginx_start() {
  local port=$1; shift
  local servers=""
  for upstream in "$@"; do servers+="    server 127.0.0.1:$upstream;"$'\n'; done
  mkdir -p "$WORK/nginx-tmp"
  cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 16384; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx-tmp/body;
  proxy_temp_path $WORK/nginx-tmp/proxy;
  fastcgi_temp_path $WORK/nginx-tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx-tmp/uwsgi;
  scgi_temp_path $WORK/nginx-tmp/scgi;
  client_max_body_size 20m;
  upstream gongshang {
$servers    keepalive 128;
  }
  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://gongshang;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_buffering off;
      proxy_read_timeout 1h;
    }
  }
}
CONF
  nginx -c "$WORK/nginx.conf" -p "$WORK"
}
