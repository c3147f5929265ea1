#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A real Tiny Tiny RSS server on loopback for the sync tests, from Debian's tt-rss package:
#   ttrss-server.sh start DIR          PostgreSQL cluster + tt-rss (php -S) + feed server in DIR
#   ttrss-server.sh adduser DIR NAME PASSWORD [api]
#                                      a tt-rss user; "api" enables its API access
#   ttrss-server.sh sql DIR STATEMENT  runs SQL on tt-rss's database (what its API cannot do:
#                                      make a folder, expire sessions)
#   ttrss-server.sh stop DIR           stops all three (by the PIDs kept in DIR) and removes DIR
# After start, DIR/url holds tt-rss's base URL (http://127.0.0.1:PORT/), DIR/feeds is served to
# tt-rss as http://0.0.0.0/<file> and DIR/feeds-url holds that prefix.
# Why 0.0.0.0 on port 80: tt-rss (UrlHelper::validate, urlhelper.php) refuses localhost, 127.*,
# names resolving to 127.* and ports other than 80/443; 0.0.0.0 passes and Linux routes it to
# the 127.0.0.1:80 listener. Must run as root (PostgreSQL runs as the postgres user, port 80).
set -euo pipefail

PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
TTRSS=${TTRSS_DIR:-/usr/share/tt-rss/www}

die() {
  echo "ttrss-server: $*" >&2
  for log in "${W:-/nonexistent}"/*.log; do
    [ -s "$log" ] && { echo "--- $log" >&2; tail -n 20 "$log" >&2; }
  done
  exit 1
}

freePort() {
  php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); $n = stream_socket_get_name($s, false);
          echo substr($n, strrpos($n, ":") + 1);'
}

psqlAs() { # USER [psql args...]
  local user=$1
  shift
  PGPASSWORD=ttrss PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$(cat "$W/pg-port")" -U "$user" "$@"
}

waitForHttp() { # URL
  for _ in $(seq 1 100); do
    php -r 'exit(@file_get_contents($argv[1]) === false ? 1 : 0);' "$1" && return 0
    sleep 0.1
  done
  return 1
}

start() {
  # A run killed before its cleanup leaves a server behind (port 80 taken): stop it first.
  [ -e "$W" ] && stop
  if [ "$(id -u)" -ne 0 ]; then
    # The tests skip, saying why, rather than fail on a developer's non-root machine.
    mkdir -p "$W"
    echo "the tt-rss server needs root (PostgreSQL as the postgres user, feeds on port 80)" \
      > "$W/unavailable"
    echo "ttrss-server: $(cat "$W/unavailable"); the tt-rss tests will be skipped" >&2
    return 0
  fi
  [ -d "$TTRSS" ] || die "tt-rss is not installed ($TTRSS missing): run scripts/deps.sh"
  [ -x "$PGBIN/initdb" ] || die "PostgreSQL server binaries not found (PGBIN=$PGBIN)"
  mkdir -p "$W"/{pg,sock,lock,cache/images,cache/upload,cache/export,feeds}
  chown postgres:postgres "$W/pg" "$W/sock"
  chmod 700 "$W/pg"
  # postgres must be able to reach its directories through DIR and its parents: a clone in a
  # `mktemp -d` folder (0700) stopped initdb with "Permission denied". Search permission only,
  # and only where it is missing.
  local up=$W
  while [ "$up" != / ]; do
    [ -n "$(find "$up" -maxdepth 0 -perm -o+x)" ] || chmod o+x "$up"
    up=$(dirname "$up")
  done
  touch "$W/pg.log"
  chown postgres "$W/pg.log"
  freePort > "$W/pg-port"
  runuser -u postgres -- "$PGBIN/initdb" -N -D "$W/pg" -A trust -U postgres -E UTF8 \
    --locale=C.UTF-8 > "$W/initdb.log" 2>&1 || die "initdb failed, see $W/initdb.log"
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$W/pg" -l "$W/pg.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $(cat "$W/pg-port") -k $W/sock -c fsync=off" start \
    > /dev/null || die "PostgreSQL did not start, see $W/pg.log"
  psqlAs postgres -c "create role ttrss login password 'ttrss'" -c "create database ttrss owner ttrss"
  psqlAs ttrss ttrss -f /usr/share/dbconfig-common/data/tt-rss/install/pgsql > /dev/null

  local port
  port=$(freePort)
  cp -rL "$TTRSS" "$W/www"
  rm -f "$W/www/config.php"
  mkdir -p "$W/www/feed-icons"
  sed -e "s#include_once('/etc/tt-rss/database.php');#\$dbtype='pgsql';\$dbserver='127.0.0.1';\$dbport='$(cat "$W/pg-port")';\$dbuser='ttrss';\$dbname='ttrss';\$dbpass='ttrss';#" \
    -e "s#%SELF_URL_PATH#http://127.0.0.1:$port/#" -e "s#/var/lib/tt-rss#$W/lock#" \
    -e "s#/var/cache/tt-rss#$W/cache#" -e "s#'syslog'#''#" \
    -e "s#define('CHECK_FOR_UPDATES', true)#define('CHECK_FOR_UPDATES', false)#" \
    /etc/tt-rss/config.php > "$W/www/config.php"
  # Several workers so that tests running in parallel do not queue behind one another; each
  # server in its own process group so that stop ends its workers too.
  PHP_CLI_SERVER_WORKERS=4 setsid php -S "127.0.0.1:$port" -t "$W/www" > "$W/php.log" 2>&1 &
  echo $! > "$W/php.pid"
  setsid php -S 127.0.0.1:80 -t "$W/feeds" > "$W/feeds.log" 2>&1 &
  echo $! > "$W/feeds.pid"
  echo "http://127.0.0.1:$port/" > "$W/url"
  echo "http://0.0.0.0/" > "$W/feeds-url"
  echo ok > "$W/feeds/ping.txt"
  waitForHttp "http://127.0.0.1:$port/api/" || die "tt-rss did not answer on port $port, see $W/php.log"
  waitForHttp "http://127.0.0.1:80/ping.txt" || die "the feed server did not start on 127.0.0.1:80 (in use?), see $W/feeds.log"
}

adduser() { # NAME PASSWORD [api]
  local name=$1 password=$2 api=${3:-}
  local hash
  hash=$(printf '%s' "$password" | sha1sum | cut -d' ' -f1)
  # tt-rss accepts unsalted "SHA1:" hashes (auth_internal's first check) and upgrades them.
  # psql expands :'var' (quoted safely) only in scripts read from stdin, not in -c.
  psqlAs ttrss ttrss -v name="$name" -v hash="SHA1:$hash" <<< \
    "insert into ttrss_users (login, pwd_hash, access_level) values (:'name', :'hash', 0);"
  if [ "$api" = api ]; then
    psqlAs ttrss ttrss -v name="$name" <<< "insert into ttrss_user_prefs
      (owner_uid, pref_name, profile, value)
      select id, 'ENABLE_API_ACCESS', null, 'true' from ttrss_users where login = :'name';"
  fi
}

stop() {
  local pid
  for f in php.pid feeds.pid; do
    if [ -f "$W/$f" ]; then
      pid=$(cat "$W/$f")
      kill -- "-$pid" 2> /dev/null || kill "$pid" 2> /dev/null || true
      rm -f "$W/$f"
    fi
  done
  if [ -f "$W/pg/postmaster.pid" ]; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$W/pg" -m fast -w stop > /dev/null || true
  fi
  rm -rf "$W"
}

[ $# -ge 2 ] || die "usage: $0 start|stop DIR | adduser DIR NAME PASSWORD [api] | sql DIR SQL"
cmd=$1
W=$(realpath -m "$2")
shift 2
case "$cmd" in
  start) start ;;
  stop) stop ;;
  adduser) adduser "$@" ;;
  sql) psqlAs ttrss ttrss -t -A -c "$1" ;;
  *) die "unknown command $cmd" ;;
esac
