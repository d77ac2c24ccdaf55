// errors.cpp: anchors the error types (header-only today).
#include "shell/errors.hpp"
