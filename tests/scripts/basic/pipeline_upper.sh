# A two-stage pipeline with a builtin feeding an external command.
echo hello | tr a-z A-Z
printf_free=1
echo "status=$?"
