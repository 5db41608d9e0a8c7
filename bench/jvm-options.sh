# JVM options of every benchmark script (sourced): the production image's options (backend/src/main/docker/Dockerfile)
# with the heap the benchmarks pin, -Xmx256m. README, "Memory", gives the reason for each. Override to compare:
#   BENCH_JAVA_OPTS="-Xmx256m" MALLOC_ARENA_MAX=8 bash bench/memory.sh
# shellcheck disable=SC2034 # used by the scripts that source this file
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-"-Xmx256m -Xms32m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m -Xss512k -XX:NewRatio=4 -XX:TrimNativeHeapInterval=5000"}
# glibc makes up to 8 malloc arenas per core for the JVM's native threads; two are enough and keep RSS down
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
