#!/usr/bin/env bash
# The project's `make` targets in minimal Debian chroots (debootstrap, variant minbase) of other releases.
#
# Usage: tools/test_matrix.sh [SUITE...]
#   SUITE: a Debian codename (bookworm, trixie, sid, ...) or `other` (the other stable release than the
#   host's: bookworm <-> trixie) or `unstable`. Default: `other unstable`.
# Variables:
#   MATRIX_CACHE    where the chroots live between runs (default /var/cache/aktionsraeume-matrix);
#                   outside the checkout, so later runs and other clones reuse them.
#   MATRIX_TARGETS  the make targets run in the chroot (default `test`; e.g. "test map": with `map`, the
#                   chroots' map PNGs are compared with the host's build/aktionsraeume-karte.png, area by
#                   area, by tools/compare_maps.py).
#   MATRIX_MIRROR   the Debian archive (default: the URI of the host's own apt sources).
#
# Each run copies the working tree's files (git ls-files: tracked and untracked-but-not-ignored, so never
# .venv or build/) into a fresh folder inside the chroot and runs `make` there; the project's own
# `make setup` installs QGIS and the Python packages, so the cached chroot only carries debootstrap's
# base plus make and ca-certificates (QGIS lands on the first run and stays). Mounts live in a private
# mount namespace and are unmounted on every exit; runs of the same suite wait for each other (flock),
# runs of different suites and the host's own tests run side by side.
# Outputs (PNG/PDF of `make map`, the run's log) land in build/matrix/<suite>/ of the checkout.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${MATRIX_CACHE:-/var/cache/aktionsraeume-matrix}
TARGETS=${MATRIX_TARGETS:-test}
CHROOT_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
READY=.aktionsraeume-ready

die() {
	echo "test_matrix: $*" >&2
	exit 2
}

[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot and mounts); run it as root or with sudo"

# shellcheck disable=SC1091
host_codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")

other_stable() {
	case "$host_codename" in
	bookworm) echo trixie ;;
	trixie) echo bookworm ;;
	*) die "the host is '$host_codename'; name the suites explicitly (e.g. bookworm trixie)" ;;
	esac
}

# The archive URI the host's apt uses for its own release (deb822 .sources or one-line sources.list).
host_mirror() {
	local f
	for f in /etc/apt/sources.list.d/*.sources; do
		[ -e "$f" ] || continue
		awk -v want="$host_codename" '
			function flush() {
				if (uris != "" && (" " suites " ") ~ (" " want " ")) { split(uris, u, " "); print u[1]; found = 1; exit }
				uris = ""; suites = ""
			}
			/^[[:space:]]*$/ { flush(); next }
			/^URIs:/ { sub(/^URIs:[[:space:]]*/, ""); uris = $0 }
			/^Suites:/ { sub(/^Suites:[[:space:]]*/, ""); suites = $0 }
			END { if (!found) flush() }' "$f"
	done
	cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
		sed -E -n 's/^[[:space:]]*deb[[:space:]]+(\[[^]]*\][[:space:]]+)?//p' |
		awk -v want="$host_codename" '$2 == want { print $1 }'
}

ensure_debootstrap() {
	command -v debootstrap >/dev/null && return
	echo "Installing debootstrap"
	apt-get update -q
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=600 \
		debootstrap
}

# pip's configuration on the host: its files and PIP_* variables, and the local folders they name.
PIP_FILES=(/etc/pip.conf /etc/xdg/pip "$HOME/.config/pip/pip.conf")
pip_local_paths() {
	{
		for f in "${PIP_FILES[@]}"; do
			if [ -d "$f" ]; then cat "$f"/*.conf "$f"/pip.ini 2>/dev/null || true; elif [ -f "$f" ]; then cat "$f"; fi
		done
		env | grep '^PIP_' || true
	} | grep -oE '(file://)?/[^[:space:],;"'\'']+' | sed 's|^file://||' | while read -r p; do
		# Certificates come from the chroot's own store (the host's local CAs are installed into it).
		case "$p" in /etc/ssl/* | /usr/share/ca-certificates/* | /usr/local/share/ca-certificates/*) continue ;; esac
		[ "$(basename "$p")" = simple ] && p=$(dirname "$p") # a PEP 503 index links into its parent
		[ -e "$p" ] && echo "$p"
	done | sort -u
}

build_chroot() {
	local suite=$1 root=$CACHE/$1 tmp=$CACHE/.$1.building
	[ -e "$root/$READY" ] && return
	local mirror=${MATRIX_MIRROR:-$(host_mirror | head -1)}
	[ -n "$mirror" ] || die "no Debian archive for '$host_codename' in the host's apt sources; set MATRIX_MIRROR"
	ensure_debootstrap
	echo "Building the $suite chroot in $root from $mirror"
	rm -rf --one-file-system "$tmp"
	mkdir -p "$tmp/etc/apt/apt.conf.d"
	# The host's apt settings on release files (e.g. not checking Valid-Until, which unstable's mirror
	# snapshots may be past) apply inside too.
	grep -lE 'Check-Valid-Until|Check-Date' /etc/apt/apt.conf.d/* 2>/dev/null | xargs -r cp -t "$tmp/etc/apt/apt.conf.d/"
	unshare --mount --propagation private \
		debootstrap --variant=minbase --include=make,ca-certificates "$suite" "$tmp" "$mirror" ||
		die "debootstrap of $suite failed; the half-built chroot stays in $tmp for a look"
	touch "$tmp/$READY"
	rm -rf --one-file-system "$root"
	mv "$tmp" "$root"
}

# Runs inside a private mount namespace (all mounts vanish with it; the trap unmounts them explicitly).
chroot_session() {
	ROOT=$1
	local work=$2
	MOUNTS=()
	cleanup() {
		local i pid
		# Processes left behind in this chroot (a daemon a test started) would hold the mounts.
		for pid in $(ls /proc | grep -E '^[0-9]+$'); do
			[ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$ROOT" ] && kill "$pid" 2>/dev/null
		done
		for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
			umount -R "${MOUNTS[i]}" 2>/dev/null || umount -l "${MOUNTS[i]}" 2>/dev/null || true
		done
	}
	trap cleanup EXIT
	bind() { # bind SOURCE TARGET [ro]; a target inside an earlier bind is already there
		local src=$1 dst=$ROOT$2 m
		for m in "${MOUNTS[@]}"; do
			case "$dst/" in "$m"/*) return 0 ;; esac
		done
		if [ -d "$src" ]; then mkdir -p "$dst"; else mkdir -p "$(dirname "$dst")" && touch "$dst"; fi
		mount --rbind "$src" "$dst"
		MOUNTS+=("$dst")
		[ "${3:-}" = ro ] && mount -o remount,bind,ro "$dst"
		return 0
	}
	mount -t proc proc "$ROOT/proc"
	MOUNTS+=("$ROOT/proc")
	bind /sys /sys
	bind /dev /dev
	mount -t tmpfs -o mode=1777 tmpfs "$ROOT/tmp"
	MOUNTS+=("$ROOT/tmp")
	bind /etc/resolv.conf /etc/resolv.conf ro
	local f p
	for f in "${PIP_FILES[@]}"; do
		[ -e "$f" ] && bind "$f" "${f/#$HOME//root}" ro
	done
	while read -r p; do bind "$p" "$p" ro; done < <(pip_local_paths)

	# The host's local certificate authorities (e.g. a proxy's), into the chroot's own store.
	if compgen -G '/usr/local/share/ca-certificates/*' >/dev/null; then
		mkdir -p "$ROOT/usr/local/share/ca-certificates"
		cp -r /usr/local/share/ca-certificates/. "$ROOT/usr/local/share/ca-certificates/"
		chroot "$ROOT" update-ca-certificates >/dev/null
	fi
	local envs=(HOME=/root PATH=$CHROOT_PATH LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive)
	[ -n "${CI:-}" ] && envs+=("CI=$CI")
	while IFS= read -r p; do envs+=("$p"); done < <(env | grep '^PIP_' || true)
	# shellcheck disable=SC2016
	chroot "$ROOT" /usr/bin/env -i "${envs[@]}" /bin/bash -c '
		set -e
		cd "$1"; shift
		make setup
		.venv/bin/python -c "
import platform, numpy, pandas, shapely
from qgis.core import Qgis
from qgis.PyQt.QtCore import QT_VERSION_STR
print(\"matrix-versions: QGIS %s, Qt %s, Python %s, numpy %s, pandas %s, shapely %s\" % (Qgis.QGIS_VERSION,
      QT_VERSION_STR, platform.python_version(), numpy.__version__, pandas.__version__, shapely.__version__))"
		make -k "$@"' _ "${work#"$ROOT"}" $TARGETS
}

# The working tree's files as a tar stream: what git tracks or would track (never .venv, build/, .git).
project_files() {
	cd "$REPO"
	if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
		git ls-files -z --cached --others --exclude-standard |
			while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
			tar --null -T - -cf -
	else
		tar --exclude=./.venv --exclude=./build --exclude=./.git -cf - .
	fi
}

run_suite() {
	local suite=$1 root=$CACHE/$1 out=$REPO/build/matrix/$1
	mkdir -p "$CACHE" "$out"
	rm -f "$out"/*.png "$out"/*.pdf "$out/log.txt"
	exec 9>"$CACHE/.$suite.lock"
	if ! flock -n 9; then
		echo "Waiting for another run in the $suite chroot"
		flock 9
	fi
	build_chroot "$suite"
	mkdir -p "$root/srv"
	local work
	work=$(mktemp -d "$root/srv/aktionsraeume.XXXXXX")
	# shellcheck disable=SC2064
	trap "rm -rf --one-file-system '$work'" EXIT
	project_files | tar -C "$work" -xf -
	echo "=== $suite: make $TARGETS in a fresh copy at ${work#"$root"}"
	local rc=0
	# chroot_session is exported into the namespace's bash through `declare -f`.
	unshare --mount --propagation private bash -c "
		set -euo pipefail
		$(declare -p PIP_FILES CHROOT_PATH HOME TARGETS)
		$(declare -f chroot_session pip_local_paths)
		chroot_session '$root' '$work'" 2>&1 | tee "$out/log.txt" || rc=$?
	find "$work/build" -maxdepth 1 \( -name '*.png' -o -name '*.pdf' \) -exec cp -t "$out" {} + 2>/dev/null || true
	rm -rf --one-file-system "$work"
	trap - EXIT
	exec 9>&-
	return "$rc"
}

# The whole script is read before it runs (a function), so editing it during a run cannot break that run.
main() {
	local s w other suites=() failed=0
	for s in "${@:-other unstable}"; do
		for w in $s; do
			case "$w" in
			other)
				other=$(other_stable) || exit 2
				suites+=("$other")
				;;
			unstable) suites+=(sid) ;;
			*) suites+=("$w") ;;
			esac
		done
	done

	declare -A result
	for s in "${suites[@]}"; do
		# Not as an `if` condition: bash ignores `set -e` there, also inside the subshell.
		set +e
		(
			set -e
			run_suite "$s"
		)
		local rc=$?
		set -e
		if [ "$rc" -eq 0 ]; then result[$s]=passed; else
			result[$s]=FAILED
			failed=1
		fi
	done
	# The same map everywhere: compare the chroots' `make map` PNGs with the host's, area by area.
	local png=$REPO/build/aktionsraeume-karte.png pngs=()
	if [[ " $TARGETS " == *" map "* && -f $png && -x $REPO/.venv/bin/python ]]; then
		for s in "${suites[@]}"; do
			[ -f "$REPO/build/matrix/$s/aktionsraeume-karte.png" ] && pngs+=("$REPO/build/matrix/$s/aktionsraeume-karte.png")
		done
		echo
		if [ ${#pngs[@]} -gt 0 ]; then
			(cd "$REPO" && .venv/bin/python tools/compare_maps.py "$png" "${pngs[@]}") || failed=1
		fi
	fi
	echo
	for s in "${suites[@]}"; do
		echo "$s: ${result[$s]} ($(grep -h '^matrix-versions:' "$REPO/build/matrix/$s/log.txt" 2>/dev/null | sed 's/^matrix-versions: //'))"
	done
	exit "$failed"
}

main "$@"
