#!/usr/bin/env bash
# Link reading at scale (issue 16): N generated write-ups, each ending with 3 resource links to pages
# served by a small loopback HTTP server this script starts, through the real jar with link fetching on.
# Per shape: wall, CPU (user + system) and peak RSS (GNU time), and the requests the server logged.
#   a  every page on one host (127.0.0.1), default per-host delay (1 s)
#   b  one host, --briefing.links.per-host-delay=0s
#   c  the pages spread over 10 loopback hosts (127.0.0.2 ... 127.0.0.11), default delay
#   d  b again with b's link cache, within the cache TTL (fresh output and job repository)
#   e  c's 10 hosts, but the documents that the job takes one after the other share their 3 hosts
#   off  --briefing.links.fetch=false, for comparison
#
#   scripts/links-scale.sh                  # N = 100, shapes a b c d e off
#   scripts/links-scale.sh 30               # another N
#   SHAPES="b c d" scripts/links-scale.sh   # some shapes (d needs b)
#   A_N=30 scripts/links-scale.sh           # shape a on only the first 30 documents (it takes about 3N s)
#   JAR=app/briefing-pack.jar JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC" LINKS_ARGS=... scripts/links-scale.sh
# Everything goes under LINKS_DIR (default target/links-scale/N), emptied first (only if made by this script). The server binds each of
# 127.0.0.1 ... 127.0.0.11 (never 0.0.0.0) on one free port, and is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100}
shapes=${SHAPES:-a b c d e off}
a_n=${A_N:-$n}
jar=${JAR:-target/briefing-pack.jar}
work=${LINKS_DIR:-target/links-scale/$n}
[ -f "$jar" ] || { echo "no jar at $jar: nice ./mvnw -B -q -o package -DskipTests" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
command -v python3 >/dev/null || { echo "needs python3 for the loopback server" >&2; exit 2; }

if [ -d "$work" ] && [ -n "$(ls -A "$work")" ] && [ ! -f "$work/serve.py" ]; then
  echo "$work is not empty and not an earlier run of this script: choose another LINKS_DIR" >&2; exit 2
fi
rm -rf "$work" && mkdir -p "$work/pages"
work=$(cd "$work" && pwd)

# --- the loopback server: the same folder on 127.0.0.1 ... 127.0.0.11, one port, one log line per request
cat > "$work/serve.py" <<'PY'
import functools, http.server, socket, sys, threading
pages, portfile, logfile = sys.argv[1:4]
addresses = ["127.0.0.%d" % i for i in range(1, 12)]
lock = threading.Lock()
log = open(logfile, "a", buffering=1)

class Handler(http.server.SimpleHTTPRequestHandler):
    def log_request(self, code="-", size="-"):
        with lock:  # Host header, path, status
            log.write("%s %s %s\n" % (self.headers.get("Host", "-"), self.path, getattr(code, "value", code)))
    def log_message(self, *args):
        pass

class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

handler = functools.partial(Handler, directory=pages)
for attempt in range(20):
    first = Server((addresses[0], 0), handler)
    port = first.server_address[1]
    servers = [first]
    try:
        for a in addresses[1:]:
            servers.append(Server((a, port), handler))
        break
    except OSError:
        for s in servers:
            s.server_close()
else:
    sys.exit("no port free on all of " + ", ".join(addresses))
for s in servers[1:]:
    threading.Thread(target=s.serve_forever, daemon=True).start()
with open(portfile, "w") as f:
    f.write(str(port))
servers[0].serve_forever()
PY
python3 "$work/serve.py" "$work/pages" "$work/port" "$work/requests.log" 2> "$work/server.err" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.1; done
[ -s "$work/port" ] || { echo "server did not start: $(cat "$work/server.err")" >&2; exit 1; }
port=$(cat "$work/port")
touch "$work/requests.log"

# --- the write-ups (one input folder per host layout) and their pages, made up here
python3 - "$n" "$port" "$work" <<'PY'
import os, random, sys
n, port, work = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rnd = random.Random(16)
cities = ["Lisbon", "Oslo", "Nairobi", "Montevideo", "Seoul", "Tallinn", "Accra", "Hanoi", "Quito", "Tunis",
          "Wellington", "Krakow", "Porto", "Dakar", "Lima", "Bergen", "Cebu", "Gdansk", "Rabat", "Cusco"]
topics = ["Ocean Data", "Clean Grid", "Public Health Computing", "Open Science", "Urban Water",
          "Digital Identity", "Rural Broadband", "Climate Adaptation", "Food Systems", "Coastal Resilience"]
kinds = ["Forum", "Summit", "Conference", "Ministerial Meeting"]
months = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]
countries = ["Canada", "Japan", "Brazil", "Kenya", "Germany", "India", "Australia", "Chile", "Norway", "Ghana",
             "Mexico", "Indonesia", "the Netherlands", "South Africa", "Vietnam", "Peru"]
reasons = ["concerns about enforcement costs", "a pending national review", "objections to the reporting rules",
           "the absence of a funding schedule", "questions of data sovereignty"]

def page(title, paragraphs):
    body = "".join("<p>%s</p>\n" % p for p in paragraphs)
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body><article><h1>%s</h1>\n%s</article></body></html>\n" % (title, title, body))

os.makedirs(os.path.join(work, "pages"), exist_ok=True)
with open(os.path.join(work, "pages", "robots.txt"), "w") as f:
    f.write("User-agent: *\nAllow: /\n")
for layout in ("one", "ten", "clustered"):
    os.makedirs(os.path.join(work, "input-" + layout), exist_ok=True)

for i in range(n):
    city, topic = cities[i % len(cities)], topics[(i * 7) % len(topics)]
    kind, year = rnd.choice(kinds), 2024 + i % 3
    event = "%s %s %s %d" % (city, topic, kind, year)
    month, day = rnd.choice(months), rnd.randint(2, 24)
    last = day + rnd.randint(1, 2)
    fund = rnd.randint(4, 95) * 10
    partners = rnd.randint(12, 140)
    signers = rnd.randint(20, 80)
    programme = "%s Access Programme" % topic
    refuser, pledger, sharer = rnd.sample(countries, 3)
    pledge = rnd.randint(2, 40)
    reason = rnd.choice(reasons)
    statement = "%s Statement on %s" % (city, topic)
    slug = "d%04d" % i
    text = (
        f"The {event} took place in {city} from {month} {day}-{last}, {year}, bringing together ministers, "
        f"researchers and city officials to agree on practical next steps in {topic.lower()}.\n\n"
        f"The main announcement was the launch of the {programme}, funded with ${fund} million over five years "
        f"to help smaller administrations share tools and data. A coalition of {partners} partners joined the "
        f"programme on its first day.\n\n"
        f"By the close, {signers} countries and organizations had signed the {statement}. {refuser} declined to "
        f"sign, citing {reason}. {pledger} pledged €{pledge} billion for domestic projects in the field, and "
        f"{sharer} said it was ready to share its own methods with other delegations.\n\n"
        f"Observers called the meeting a modest success: the money is real, but the statement sets no deadlines.\n\n"
        f"Further reading:\n\n")
    paths = ["/%s/overview.html" % slug, "/%s/programme.html" % slug, "/%s/statement.html" % slug]
    # one: every page on 127.0.0.1. ten: document i's pages on hosts 3i, 3i+1, 3i+2 (mod 10), the files
    # named so that the job takes them in the order of i, so documents worked on together use other hosts.
    # clustered: the same hosts, the files named city first, so the job takes the documents of one city
    # (every 20th, hence the same 3 hosts) one after the other.
    for layout in ("one", "ten", "clustered"):
        urls = []
        for k, p in enumerate(paths):
            host = "127.0.0.1" if layout == "one" else "127.0.0.%d" % (2 + (3 * i + k) % 10)
            urls.append("http://%s:%d%s" % (host, port, p))
        words = (city.lower(), topic.lower().replace(" ", "-"))
        name = ("%s-%s-%04d.txt" % (words + (i,)) if layout == "clustered"
                else "%04d-%s-%s.txt" % ((i,) + words))
        with open(os.path.join(work, "input-" + layout, name), "w", encoding="utf-8") as f:
            f.write(text + "\n\n".join(urls) + "\n")
    os.makedirs(os.path.join(work, "pages", slug), exist_ok=True)
    pages = {
        "overview.html": page("%s: what was decided" % event, [
            f"Delegations met in {city} on {month} {day}-{last}, {year} for the {event}.",
            f"They launched the {programme} with ${fund} million in funding, and {signers} countries and "
            f"organizations signed the {statement}."]),
        "programme.html": page("The %s" % programme, [
            f"The {programme}, announced at the {event}, has ${fund} million to spend over five years.",
            f"{partners} partners had joined it by the end of the first day; more are expected."]),
        "statement.html": page("Who signed the %s" % statement, [
            f"{signers} countries and organizations signed the {statement} in {city}.",
            f"{refuser} did not sign, pointing to {reason}. {pledger} announced €{pledge} billion of its own."]),
    }
    for name, html in pages.items():
        with open(os.path.join(work, "pages", slug, name), "w", encoding="utf-8") as f:
            f.write(html)
PY
mkdir -p "$work/input-a"
for f in $(ls "$work/input-one" | head -n "$a_n"); do cp "$work/input-one/$f" "$work/input-a/"; done

echo "server: 127.0.0.1 ... 127.0.0.11 port $port; $n documents, $(find "$work/pages" -name '*.html' | wc -l) pages"
rows=()
run_shape() { # shape input-folder cache-folder extra-args...
  local shape=$1 input=$2 cache=$3; shift 3
  local dir="$work/$shape" docs before after requests not_modified status=0
  mkdir -p "$dir"
  docs=$(find "$input" -type f | wc -l)
  before=$(wc -l < "$work/requests.log")
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -v -o "$dir/time.log" java ${JAVA_OPTS:-} -jar "$jar" \
    --input="$input" --output="$dir/output" \
    --briefing.links.allow-private-addresses=true \
    --briefing.links.cache-dir="$cache" \
    --spring.datasource.url="jdbc:h2:file:$dir/jobrepo" "$@" ${LINKS_ARGS:-} > "$dir/run.log" 2>&1 || status=$?
  end=$(date +%s.%N)
  sleep 0.2
  after=$(wc -l < "$work/requests.log")
  requests=$((after - before))
  not_modified=$(tail -n "+$((before + 1))" "$work/requests.log" | awk '$3 == 304' | wc -l)
  sed -n "$((before + 1)),${after}p" "$work/requests.log" > "$dir/requests.log"
  local checked hosts
  checked=$(grep -oE 'Checked [0-9]+ links: [0-9]+ ok' "$dir/run.log" \
    | awk '{links += $2; ok += $4} END {printf "%d links checked, %d ok", links, ok}' || true)
  hosts=$(awk '{print $1}' "$dir/requests.log" | sort -u | wc -l)
  awk -v shape="$shape" -v docs="$docs" -v req="$requests" -v hosts="$hosts" -v s="$start" -v e="$end" \
      -v timelog="$dir/time.log" 'BEGIN {
    while ((getline line < timelog) > 0) {
      if (line ~ /User time|System time/) { sub(/.*: /, "", line); cpu += line }
      if (line ~ /Maximum resident set size/) { sub(/.*: /, "", line); rss = line }
    }
    printf "| %s | %d | %d | %d | %.1f s | %.1f s | %.0f MB |\n", shape, docs, hosts, req, e - s, cpu, rss / 1024
  }' | tee -a "$work/results.md"
  echo "  $shape: exit $status, $checked, $not_modified of the requests 304"
  grep -E "documents read" "$dir/run.log" | tail -1 || true
}

echo "| shape | N | hosts asked | requests | wall | CPU | peak RSS |" | tee "$work/results.md"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |" | tee -a "$work/results.md"
for shape in $shapes; do
  case $shape in
    a) run_shape a "$work/input-a" "$work/a/cache" ;;
    b) run_shape b "$work/input-one" "$work/b/cache" --briefing.links.per-host-delay=0s ;;
    c) run_shape c "$work/input-ten" "$work/c/cache" ;;
    e) run_shape e "$work/input-clustered" "$work/e/cache" ;;
    off) run_shape off "$work/input-one" "$work/off/cache" --briefing.links.fetch=false ;;
    d) [ -d "$work/b/cache" ] || { echo "shape d needs shape b first" >&2; exit 2; }
       run_shape d "$work/input-one" "$work/b/cache" --briefing.links.per-host-delay=0s ;;
    *) echo "unknown shape $shape" >&2; exit 2 ;;
  esac
done
echo "results: $work/results.md; server log: $work/requests.log"
