# cd .. from / stays at /; only a leading // that the user wrote is kept (XCU 4.13).
cd /
cd ..
pwd
cd /tmp
cd ../..
pwd
