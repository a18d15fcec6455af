#ifndef NEWSGRAB_CZLIB_SHIM_H
#define NEWSGRAB_CZLIB_SHIM_H

#include <zlib.h>

// inflateInit2 and deflateInit2 are macros that pass the library version and
// struct size; Swift cannot call macros, so they are wrapped here.
static inline int newsgrab_inflate_init2(z_streamp stream, int windowBits) {
  return inflateInit2(stream, windowBits);
}

static inline int newsgrab_deflate_init2(z_streamp stream, int level, int windowBits) {
  return deflateInit2(stream, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
}

#endif
