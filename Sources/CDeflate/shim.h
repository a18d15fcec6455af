#ifndef NEWSGRAB_CDEFLATE_SHIM_H
#define NEWSGRAB_CDEFLATE_SHIM_H

// libdeflate: whole-buffer DEFLATE that writes standard zlib streams about
// twice as fast as zlib at a smaller size (README, "Performance"). Its API is
// plain functions Swift can call, so nothing is wrapped here.
#include <libdeflate.h>

#endif
