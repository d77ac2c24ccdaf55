"""test_startup.py: prompts (PS1/PS2/PS4 escapes, $? in PS1) and start-up files: ~/.ipshrc,
$ENV, and the login shell's /etc/profile and ~/.profile (for -l, --login and argv[0] '-ipsh').
"""
import os
import pwd
import re
import socket
import subprocess

from harness import PS1

# ~/.profile of the login-shell tests: /etc/profile sets PS1 ('$ ' or '# '), so the profile
# puts the harness's numbered prompt back, and records the order files are read in.
PROFILE = f"""ORDER="${{ORDER}}profile "
PS1='{PS1}'
"""


def user():
    return pwd.getpwuid(os.geteuid()).pw_name


def test_prompt_user_host_time_and_status(spawn):
    sh = spawn(cols=120)
    sh.expect_prompt()
    sh.sendline("PS1='<\\u@\\h \\t [$?] \\$>'\"$PS1\"")
    dollar = '#' if os.geteuid() == 0 else '$'
    host = socket.gethostname().split('.')[0]
    want = rf'<{re.escape(user())}@{re.escape(host)} \d\d:\d\d:\d\d \[0\] {re.escape(dollar)}>'
    sh.expect(want)
    sh.expect_prompt()
    # $? in PS1 is the status of the last command.
    sh.sendline('(exit 7)')
    sh.expect(want.replace(r'\[0\]', r'\[7\]'))
    sh.expect_prompt()
    sh.sendline('true')
    sh.expect(want)
    sh.expect_prompt()
    sh.close()


def test_ps2_escapes(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.sendline("PS2='[\\u]\\$ cont> '")
    sh.expect_prompt()
    sh.sendline('echo "open')
    dollar = '#' if os.geteuid() == 0 else '$'
    sh.expect_exact(f'[{user()}]{dollar} cont> ')
    sh.sendline('closed"')
    out = sh.expect_prompt()
    if not out.endswith('open\nclosed\n'):
        sh.fail(f'the continued command: {out!r}')
    sh.close()


def test_ps4_escapes(spawn):
    sh = spawn()
    out = sh.run("PS4='+[\\u]\\$ '; set -x; echo traced; set +x")
    dollar = '#' if os.geteuid() == 0 else '$'
    if f'+[{user()}]{dollar} echo traced\n' not in out:
        sh.fail(f'PS4 with \\u and \\$: {out!r}')
    sh.close()


def test_env_file_for_interactive_shells(spawn):
    # POSIX: an interactive shell runs the file named by the parameter expansion of $ENV; a
    # shell that is not interactive does not.
    with open(os.path.join(spawn.home, 'env.sh'), 'w') as f:
        f.write('FROM_ENV=yes\nenv_func() { echo env_func_ran; }\n')
    sh = spawn(env={'ENV': '$HOME/env.sh'}, cols=120)
    out = sh.run('echo "from_env=$FROM_ENV"; env_func')
    if out != 'from_env=yes\nenv_func_ran\n':
        sh.fail(f'$ENV was not run: {out!r}')
    out = sh.run(f'{spawn.shell_path} -c \'echo "non_interactive=$FROM_ENV"\'')
    if out != 'non_interactive=\n':
        sh.fail(f'a non-interactive shell ran $ENV: {out!r}')
    sh.close()


def expected_login_path(spawn, start_path):
    """PATH after /etc/profile, computed by /bin/sh from the same start: a login shell must
    end up with the same value (Debian's /etc/profile sets PATH; where it does not, the
    comparison still checks that the file did not break anything)."""
    env = {'PATH': start_path, 'HOME': spawn.home, 'PS1': '$ ', 'TERM': 'xterm', 'LC_ALL': 'C'}
    r = subprocess.run(['/bin/sh', '-c', '. /etc/profile >/dev/null 2>&1; printf %s "$PATH"'],
                       env=env, capture_output=True, text=True, timeout=10)
    return r.stdout


def test_login_shell_reads_profiles(spawn):
    # A login shell (-l, --login, or argv[0] starting with '-', as login(1) starts it) reads
    # /etc/profile, then ~/.profile, then $ENV and ~/.ipshrc; other shells skip the profiles.
    home = spawn.home
    with open(os.path.join(home, '.profile'), 'w') as f:
        f.write(PROFILE)
    with open(os.path.join(home, 'env.sh'), 'w') as f:
        f.write('ORDER="${ORDER}env "\n')
    with open(os.path.join(home, '.ipshrc'), 'w') as f:
        f.write('ORDER="${ORDER}rc "\n')
    start_path = '/usr/bin:/bin:/ipsh-test-marker'
    want_path = expected_login_path(spawn, start_path)
    env = {'ENV': '$HOME/env.sh', 'PATH': start_path}
    cases = [({'argv0': '-ipsh'}, 'profile env ', '-ipsh'),
             ({'args': ['-l']}, 'profile env ', spawn.shell_path),
             ({'args': ['--login', '--rc']}, 'profile env rc ', spawn.shell_path),
             ({}, 'env ', spawn.shell_path)]
    for kw, order, arg0 in cases:
        sh = spawn(env=env, cols=200, **kw)
        out = sh.run('echo "order=$ORDER"; echo "path=$PATH"; echo "arg0=$0"')
        login = order.startswith('profile')
        path = want_path if login else start_path
        if out != f'order={order}\npath={path}\narg0={arg0}\n':
            sh.fail(f'{kw}: expected order={order!r} path={path!r} arg0={arg0!r}, got {out!r}')
        sh.close()
