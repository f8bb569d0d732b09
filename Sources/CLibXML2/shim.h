#ifndef NEWSGRAPH_CLIBXML2_SHIM_H
#define NEWSGRAPH_CLIBXML2_SHIM_H

// Debian's libxml2 headers pull in ICU, which clashes with Foundation's copy.
// xmlversion.h defines the switch, so undefine it after that header and
// before the others.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/relaxng.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer, which Swift 6 treats as unsafe
/// shared state; this wrapper is a plain function.
static inline void newsgraph_xmlFree(void *pointer) { xmlFree(pointer); }

/// Silences libxml2's default error printing to standard error for this thread.
static void newsgraph_xmlIgnoreError(void *context, const char *message, ...) { (void)context; (void)message; }
static inline void newsgraph_xmlSilenceErrors(void) {
    xmlSetGenericErrorFunc(NULL, newsgraph_xmlIgnoreError);
    xmlSetStructuredErrorFunc(NULL, NULL);
}

#endif
