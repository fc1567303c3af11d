/* TEST-ONLY stand-in for Windows' icuuc.dll, used under Wine by build/check_windows_build.sh.
 * Never shipped: the check fails if it appears in the bundle.
 *
 * Qt6Core imports these ICU converter functions; Windows 10 and 11 have icuuc.dll in System32,
 * Wine 8 does not, so Qt6Core.dll would not load at all. Qt only calls them for text codecs it
 * does not implement itself (the app uses UTF-8 only). Here every converter is "not available":
 * ucnv_open fails with U_FILE_ACCESS_ERROR, as ICU does for an unknown codec without data. */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)
typedef int UErrorCode;
typedef int8_t UBool;
enum { U_FILE_ACCESS_ERROR = 4, U_INDEX_OUTOFBOUNDS_ERROR = 8 };

static void fail(UErrorCode *err, UErrorCode code) { if (err && *err <= 0) *err = code; }

EXPORT void *ucnv_open(const char *name, UErrorCode *err) { (void)name; fail(err, U_FILE_ACCESS_ERROR); return NULL; }
EXPORT void ucnv_close(void *cnv) { (void)cnv; }
EXPORT void ucnv_reset(void *cnv) { (void)cnv; }
EXPORT int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
EXPORT const char *ucnv_getName(const void *cnv, UErrorCode *err) { (void)cnv; fail(err, U_FILE_ACCESS_ERROR); return NULL; }
EXPORT void ucnv_getToUCallBack(const void *cnv, void **action, const void **context) { (void)cnv; if (action) *action = NULL; if (context) *context = NULL; }
EXPORT void ucnv_getFromUCallBack(const void *cnv, void **action, const void **context) { (void)cnv; if (action) *action = NULL; if (context) *context = NULL; }
EXPORT void ucnv_setToUCallBack(void *cnv, void *n, const void *c, void **oa, const void **oc, UErrorCode *err) { (void)cnv; (void)n; (void)c; (void)oa; (void)oc; fail(err, U_FILE_ACCESS_ERROR); }
EXPORT void ucnv_setFromUCallBack(void *cnv, void *n, const void *c, void **oa, const void **oc, UErrorCode *err) { (void)cnv; (void)n; (void)c; (void)oa; (void)oc; fail(err, U_FILE_ACCESS_ERROR); }
EXPORT void ucnv_fromUnicode(void *cnv, char **t, const char *tl, const uint16_t **s, const uint16_t *sl, int32_t *o, UBool f, UErrorCode *err) { (void)cnv; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(err, U_FILE_ACCESS_ERROR); }
EXPORT void ucnv_toUnicode(void *cnv, uint16_t **t, const uint16_t *tl, const char **s, const char *sl, int32_t *o, UBool f, UErrorCode *err) { (void)cnv; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(err, U_FILE_ACCESS_ERROR); }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT void ucnv_cbToUWriteUChars(void *args, const uint16_t *s, int32_t l, int32_t o, UErrorCode *err) { (void)args; (void)s; (void)l; (void)o; fail(err, U_INDEX_OUTOFBOUNDS_ERROR); }
EXPORT void ucnv_cbFromUWriteUChars(void *args, const uint16_t **s, const uint16_t *sl, int32_t o, UErrorCode *err) { (void)args; (void)s; (void)sl; (void)o; fail(err, U_INDEX_OUTOFBOUNDS_ERROR); }
EXPORT int32_t ucnv_toUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; (void)err; return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; (void)err; return 0; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) { (void)name; (void)standard; (void)err; return NULL; }
