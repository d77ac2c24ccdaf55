# not-dash: dash 0.5.12 predates POSIX.1-2024's ;& (bash has it)
# ;& falls through into the next item's body without testing its pattern.
case 1 in 1) echo one;& 2) echo "fell into two";; 3) echo three;; esac
case a in a) echo a;& b) echo b;& c) echo c;; d) echo d;; esac
case z in x) echo x;& z) echo z;& y) echo "y after z";; esac
case q in q) ;& r) echo "empty body falls through";; esac
