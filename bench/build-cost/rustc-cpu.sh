#!/usr/bin/env bash
# A RUSTC_WRAPPER for cpu.sh: runs rustc and appends the CPU time it took
# (user and sys seconds), the crate's name, opt-level and features to
# $RUSTC_CPU_LOG, one line per compilation. Version queries pass through.
rustc=$1
shift
name='' opt=0 features='' previous=''
for arg in "$@"; do
  case "$previous" in
    --crate-name) name=$arg ;;
    --cfg) case "$arg" in feature=*) features="$features,${arg#feature=}" ;; esac ;;
  esac
  case "$arg" in opt-level=*) opt=${arg#opt-level=} ;; esac
  previous=$arg
done
[ -n "$name" ] || exec "$rustc" "$@"
exec /usr/bin/time -a -o "$RUSTC_CPU_LOG" -f "%U %S $name $opt ${features:-,}" "$rustc" "$@"
