# Finding a JDK 21+, for ./stack and the benchmark scripts. Source it; bash only.

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p'; }

# Finds a JDK 21+ (JAVA_HOME, then java on the PATH, then /usr/lib/jvm) and exports JAVA_HOME and
# JAVA_MAJOR; otherwise says what it found and returns 1.
find_jdk() {
  local candidate home major seen=""
  for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java 2>/dev/null || true)" /usr/lib/jvm/*/bin/java; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    home=$(cd "$(dirname "$(readlink -f "$candidate")")/.." && pwd)
    case $seen in *"($home)"*) continue ;; esac
    major=$(java_major "$candidate")
    seen="$seen ${major:-?} ($home)"
    if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] && [ -x "$home/bin/javac" ]; then
      export JAVA_HOME="$home"
      JAVA_MAJOR=${major%%.*}
      return 0
    fi
  done
  printf '%s: needs a JDK 21 or newer (javac included); found:%s. Install one and set JAVA_HOME.\n' \
    "$(basename "$0")" "${seen:- none}" >&2
  return 1
}
