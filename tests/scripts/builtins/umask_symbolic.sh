# umask: -S prints u=...,g=...,o=...; symbolic masks follow chmod's grammar and give the
# permissions to keep (XCU umask, chmod). bash knows neither X nor copies like go=u.
umask 022; umask -S
umask 027; umask -S
umask 0; umask -S
umask 777; umask -S
umask 0536; umask -S
umask u=rwx,g=rx,o=; umask
umask a+r; umask
umask g-w,o-rwx; umask
umask a=; umask
umask =rx; umask
umask +w; umask
umask u=rwx,g=rwx,o=r; umask -S
umask ug=rwx,o=r; umask -S
umask u=rw,u+x; umask
umask go=u-w; umask
umask u=r-w+x; umask
umask o+X; umask
umask 0777; umask a+X; umask
umask 0776; umask a+X; umask
umask 0; umask u-X; umask
umask 022; umask u+s; umask
umask -S 027; echo "st=$?"; umask
umask 022 033; umask
# Bad symbolic modes (status 2, as dash) leave the mask alone.
umask 022
umask abc; echo "st=$?"; umask
umask u=rwx,z=r; echo "st=$?"; umask
