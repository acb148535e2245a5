#!/usr/bin/env bash
# Start Scrapyd for kznews: loopback, basic auth on, everything under one directory.
#
#   SCRAPYD_PASSWORD=... deploy/start-scrapyd.sh
#
# Environment:
#   SCRAPYD_PASSWORD      required; basic-auth password (never written to disk by this script)
#   SCRAPYD_USERNAME      basic-auth user [kznews]
#   SCRAPYD_HOME          eggs/, logs/, dbs/, scrapyd.conf, scrapyd.pid [./.scrapyd]
#   SCRAPYD_TARGET        deploy target in scrapy.cfg whose url gives the port [local]
#                         (the port is written only there: scrapyd-deploy and kznews enqueue
#                         read the same url)
#   SCRAPYD_BIND_ADDRESS  [the url's host]
#   SCRAPYD_MAX_PROC      concurrent crawls [2, from deploy/scrapyd.conf]
#   SCRAPYD_POLL_INTERVAL seconds between queue polls [5, from deploy/scrapyd.conf]
#   SCRAPYD_ITEMS=1       also let Scrapyd write a second copy of each job's articles to
#                         items/ (beside kznews' feeds, not deduplicated across jobs)
#   SCRAPYD_BIN           scrapyd executable [<repo>/.venv/bin/scrapyd, else scrapyd on PATH]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"

if [[ -z "${SCRAPYD_PASSWORD:-}" ]]; then
    echo "start-scrapyd: refusing to start: set SCRAPYD_PASSWORD (basic auth is mandatory)" >&2
    exit 2
fi
export SCRAPYD_USERNAME="${SCRAPYD_USERNAME:-kznews}"
if [[ "$SCRAPYD_USERNAME" == *:* ]]; then
    echo "start-scrapyd: refusing to start: SCRAPYD_USERNAME must not contain ':'" >&2
    exit 2
fi
if [[ -n "${SCRAPYD_MAX_PROC:-}" && ! "$SCRAPYD_MAX_PROC" =~ ^[0-9]+$ ]]; then
    echo "start-scrapyd: refusing to start: SCRAPYD_MAX_PROC must be a number" >&2
    exit 2
fi
if [[ -n "${SCRAPYD_POLL_INTERVAL:-}" && ! "$SCRAPYD_POLL_INTERVAL" =~ ^[0-9]+(\.[0-9]+)?$ ]]; then
    echo "start-scrapyd: refusing to start: SCRAPYD_POLL_INTERVAL must be a number" >&2
    exit 2
fi

if [[ -n "${SCRAPYD_BIN:-}" ]]; then
    scrapyd_bin="$SCRAPYD_BIN"
elif [[ -x "$repo/.venv/bin/scrapyd" ]]; then
    scrapyd_bin="$repo/.venv/bin/scrapyd"
else
    scrapyd_bin="$(command -v scrapyd || true)"
fi
if [[ -z "$scrapyd_bin" || ! -x "$scrapyd_bin" ]]; then
    echo "start-scrapyd: scrapyd not found; run 'make setup' or set SCRAPYD_BIN" >&2
    exit 2
fi

# The port comes from scrapy.cfg's deploy target, read the way scrapyd-deploy reads it.
py="$(dirname "$scrapyd_bin")/python"
[[ -x "$py" ]] || py="$(command -v python3)"
target="${SCRAPYD_TARGET:-local}"
if ! url="$(cd "$repo" && "$py" -m kznews enqueue --target "$target" --show-url)"; then
    echo "start-scrapyd: refusing to start: no url in [deploy:$target] of scrapy.cfg" >&2
    exit 2
fi
hostport="${url#*://}"; hostport="${hostport%%/*}"
port="${hostport##*:}"
[[ "$port" == "$hostport" ]] && port=80
if [[ -n "${SCRAPYD_HTTP_PORT:-}" && "$SCRAPYD_HTTP_PORT" != "$port" ]]; then
    echo "start-scrapyd: refusing to start: SCRAPYD_HTTP_PORT=$SCRAPYD_HTTP_PORT but scrapy.cfg" \
         "[deploy:$target] says $url; change the url there (one place for every tool)" >&2
    exit 2
fi
export SCRAPYD_HTTP_PORT="$port"
export SCRAPYD_BIND_ADDRESS="${SCRAPYD_BIND_ADDRESS:-${hostport%:*}}"
case "$SCRAPYD_BIND_ADDRESS" in
    127.*|localhost|::1) ;;
    *) echo "start-scrapyd: warning: binding $SCRAPYD_BIND_ADDRESS; basic auth over plain HTTP" \
            "is readable on the network, put TLS in front" >&2 ;;
esac

umask 077
home="${SCRAPYD_HOME:-./.scrapyd}"
mkdir -p "$home"
home="$(cd "$home" && pwd)"
mkdir -p "$home/eggs" "$home/logs" "$home/dbs"
# Keep Scrapyd's runtime files out of git when SCRAPYD_HOME is inside the checkout.
[[ -e "$home/.gitignore" ]] || echo '*' > "$home/.gitignore"

conf="$home/scrapyd.conf"
sed_args=(-e "")
if [[ -n "${SCRAPYD_MAX_PROC:-}" ]]; then
    sed_args+=(-e "s|^max_proc *=.*|max_proc          = $SCRAPYD_MAX_PROC|")
fi
if [[ -n "${SCRAPYD_POLL_INTERVAL:-}" ]]; then
    sed_args+=(-e "s|^poll_interval *=.*|poll_interval     = $SCRAPYD_POLL_INTERVAL|")
fi
if [[ "${SCRAPYD_ITEMS:-0}" == 1 ]]; then
    mkdir -p "$home/items"
    sed_args+=(-e "s|^items_dir *=.*|items_dir         = items|")
fi
sed "${sed_args[@]}" "$here/scrapyd.conf" > "$conf.tmp"
mv "$conf.tmp" "$conf"

cd "$home"
echo "start-scrapyd: http://$SCRAPYD_BIND_ADDRESS:$SCRAPYD_HTTP_PORT/ user=$SCRAPYD_USERNAME" \
     "home=$home" >&2
exec "$scrapyd_bin" --pidfile "$home/scrapyd.pid"
