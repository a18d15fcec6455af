#ifndef NEWSGRAB_CCRYPTO_SHIM_H
#define NEWSGRAB_CCRYPTO_SHIM_H

// OpenSSL's libcrypto, for SHA-256 only: its assembly uses the CPU's SHA
// instructions where there are some (about 7 times the speed of the portable
// Swift this replaced, on the project machine). EVP_Digest and EVP_sha256 are
// plain functions Swift can call, so nothing is wrapped here.
#include <openssl/evp.h>

#endif
