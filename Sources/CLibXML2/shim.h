#ifndef NEWSGRAB_CLIBXML2_SHIM_H
#define NEWSGRAB_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian's libxml2 headers pull in the system ICU, whose types clash with the
// copy inside Foundation ("'UErrorCode' has different definitions") on clean
// builds. newsgrab decides charsets itself, so ICU is never needed here.
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/globals.h>

// The error callback type is variadic, which Swift cannot implement: this
// no-op handler lives here so that libxml2 never writes to stderr.
static inline void newsgrab_xml_silent_generic(void *ctx, const char *msg, ...) {
  (void)ctx;
  (void)msg;
}

static inline void newsgrab_xml_silent_structured(void *ctx, xmlErrorPtr error) {
  (void)ctx;
  (void)error;
}

// Silences libxml2 on this thread and on every thread started later.
// Error handlers are per thread in libxml2 2.9, so both are needed.
static inline void newsgrab_xml_silence_errors(void) {
  xmlSetGenericErrorFunc(NULL, newsgrab_xml_silent_generic);
  xmlSetStructuredErrorFunc(NULL, newsgrab_xml_silent_structured);
  xmlThrDefSetGenericErrorFunc(NULL, newsgrab_xml_silent_generic);
  xmlThrDefSetStructuredErrorFunc(NULL, newsgrab_xml_silent_structured);
}

// xmlFree is a global function-pointer variable, which Swift 6 rejects as
// shared mutable state; calling through this wrapper is safe.
static inline void newsgrab_xml_free(void *pointer) {
  xmlFree(pointer);
}

#endif
