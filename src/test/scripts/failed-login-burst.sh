#!/bin/bash
# A real login while 16 bad ones run in parallel (docs/performance.md, "Failed-login bursts").
# Start the app with --server.forward-headers-strategy=native so that X-Forwarded-For gives each
# request its client address, then: src/test/scripts/failed-login-burst.sh [base URL]
URL=${1:-http://localhost:8080}/api/v1/courses
good() { curl -s -o /dev/null -w "%{time_total}\n" -u instructor:demo-instructor -H "X-Forwarded-For: $1" $URL; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "baseline (5 logins, alone):"; for i in 1 2 3 4 5; do good 10.9.0.1; done | median
for scenario in same-account-other-address many-accounts-same-address many-accounts-other-address; do
  for round in 1 2 3; do
    for i in $(seq 1 16); do
      case $scenario in
        same-account-other-address) curl -s -o /dev/null -u "$(echo student student2 student3 | cut -d' ' -f$round):wrong-$i" -H "X-Forwarded-For: 10.1.$round.1" $URL & ;;
        many-accounts-same-address) curl -s -o /dev/null -u "nobody$round$i:wrong" -H "X-Forwarded-For: 10.9.0.1" $URL & ;;
        many-accounts-other-address) curl -s -o /dev/null -u "nobody$round$i:wrong" -H "X-Forwarded-For: 10.2.$round.1" $URL & ;;
      esac
    done
    sleep 0.05
    good 10.9.0.$((round+10))
    wait
  done | median | sed "s/^/$scenario: /"
done
