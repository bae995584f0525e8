#!/usr/bin/env bash
# Times the open-data answers of a running portal: feeds, downloads, API pages. For each address it prints the
# median and the slowest of N requests (after one warm-up), the size of the answer and its status.
#
#   ./mvnw spring-boot:run &            # or any running portal
#   bench/open-data.sh [base-url] [requests]   # defaults: http://localhost:8080, 20
set -euo pipefail

base="${1:-http://localhost:8080}"
n="${2:-20}"
paths=(
  /feeds/all.atom
  /feeds/resolutions.atom
  /feeds/sessions/22.atom
  "/feeds/search.atom?q=victims"
  /sitemap.xml
  /sitemaps/resolutions/1.xml
  /api/v1
  /api/v1/sessions/22
  /open-data/asp-records.json
  /open-data/asp-records-csv.zip
  /resolutions.csv
  /statements.csv
  "/search.csv?q=court"
  "/cite/bibtex?record=/resolutions/ICC-ASP/22/Res.4"
  /budgets
  /elections/19-resumed-2/prosecutor
)

printf '%-52s %8s %8s %10s %6s\n' "address" "median" "max" "bytes" "status"
for path in "${paths[@]}"; do
  curl -s -o /dev/null "$base$path"
  times=()
  for _ in $(seq "$n"); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' "$base$path")")
  done
  read -r size status < <(curl -s -o /dev/null -w '%{size_download} %{http_code}\n' "$base$path")
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(printf '%s\n' "$sorted" | sed -n "$(( (n + 1) / 2 ))p")
  max=$(printf '%s\n' "$sorted" | tail -1)
  awk -v p="$path" -v a="$median" -v b="$max" -v s="$size" -v c="$status" \
    'BEGIN { printf "%-52s %6.1fms %6.1fms %10s %6s\n", p, a * 1000, b * 1000, s, c }'
done
