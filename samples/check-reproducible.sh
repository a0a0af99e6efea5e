#!/usr/bin/env bash
# Issue 6 bar, by hand: two fresh clones regenerate the sample briefs, one with TZ=UTC and
# one with TZ=Asia/Almaty a minute later, with cold start-up caches; every file's sha256
# must match the other clone's and the briefs committed in samples/briefs/.
# Usage: samples/check-reproducible.sh [PYTHON]   (PYTHON: an interpreter with briefgen's
# dependencies installed, default .venv/bin/python of this checkout)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
python="${1:-$repo/.venv/bin/python}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
run() {  # clone, time zone
    git clone -q "$repo" "$work/$1"
    rm -rf "$work/$1/samples/briefs"
    (cd "$work/$1" && TZ="$2" BRIEFGEN_CACHE_DIR="$work/cache-$1" PYTHONPATH="$work/$1" \
        "$python" -m briefgen samples --dir samples >/dev/null)
    (cd "$work/$1/samples/briefs" && sha256sum -- *) > "$work/$1.sha256"
}
run one UTC
sleep "${PAUSE:-60}"
run two Asia/Almaty
(cd "$repo/samples/briefs" && git show HEAD:samples/briefs >/dev/null \
    && for f in $(git ls-files .); do git show "HEAD:samples/briefs/$f" | sha256sum \
    | sed "s|-\$|$f|"; done) > "$work/committed.sha256"
status=0
diff -u "$work/one.sha256" "$work/two.sha256" || status=1
diff -u "$work/committed.sha256" "$work/one.sha256" || status=1
[ "$status" = 0 ] && echo "reproducible: $(wc -l < "$work/one.sha256") files identical in both clones and HEAD"
exit "$status"
