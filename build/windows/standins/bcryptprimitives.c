/* TEST-ONLY stand-in for Windows' bcryptprimitives.dll, used under Wine by
 * build/check_windows_build.sh. Never shipped: the check fails if it appears in the bundle.
 *
 * cryptography's Rust module imports ProcessPrng (Windows 10 and later have it; Wine 8 does
 * not). It fills the buffer from the system's random generator, as the real one does. */
#include <windows.h>
#include <ntsecapi.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {  /* RtlGenRandom takes a ULONG length */
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (!RtlGenRandom(data, chunk))
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
