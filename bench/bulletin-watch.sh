#!/bin/bash
# usage: mem2-watch.sh PID OUT  — samples RSS/HWM and heap committed/used every 2 s until the process ends
P=$1; OUT=$2; : > $OUT
while kill -0 $P 2>/dev/null; do
  H=$(awk '/VmHWM/{h=$2}/VmRSS/{r=$2}END{print int(r/1024), int(h/1024)}' /proc/$P/status 2>/dev/null)
  G=$(jstat -gc $P 2>/dev/null | awk 'NR==2{printf "%d %d", ($1+$2+$5+$7)/1024, ($3+$4+$6+$8)/1024}')
  echo "$(date +%T) $H $G" >> $OUT; sleep 2
done
