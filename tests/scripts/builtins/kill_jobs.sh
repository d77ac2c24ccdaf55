# not-dash: dash cannot signal %N jobs of a non-interactive shell (it reports "No such process")
# kill %job: the job's processes get the signal; pipelines get it on every process.
sleep 10 &
kill %1; wait %1; echo "%1 st=$?"
sleep 10 &
sleep 10 &
kill %1 %2; wait; echo "%1 %2 st=$?"
sleep 10 | sleep 10 &
kill -s ALRM %%; wait $!; echo "pipeline st=$?"
sleep 10 &
kill -9 %sleep; wait $!; echo "%sleep st=$?"
sleep 10 &
kill -n 15 %+; wait $!; echo "-n 15 %+ st=$?"
kill %1; echo "gone st=$?"
# A stopped job is continued after TERM so that it ends.
sleep 10 &
kill -STOP %1
# Without job control `wait` would wait for the stopped job to end (as in dash and bash),
# so watch `jobs` for the stop instead.
i=0
while [ $i -lt 200 ]; do
    jobs > list
    grep -q Stopped list && break
    sleep 0.05
    i=$((i + 1))
done
sed 's/ *$//' list
kill %1
i=0
while [ $i -lt 200 ]; do
    jobs > list
    grep -q Terminated list && break
    sleep 0.05
    i=$((i + 1))
done
cat list
# A job that exited with a non-zero status reads Done(N) (POSIX jobs, dash, bash --posix).
(exit 3) &
i=0
while [ $i -lt 200 ]; do
    jobs > list
    grep -q Done list && break
    sleep 0.05
    i=$((i + 1))
done
sed 's/ *$//' list
rm list
