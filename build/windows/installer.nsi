; Installer for the Windows field build, built on Linux with Debian's makensis by
; build/check_windows_build.sh:
;   makensis -DVERSION=0.1.0 -DBUNDLE=<the built folder> -DICON=<absolute path of resources/icons/app.ico> \
;            -DOUTFILE=<PracticeCatalogue-0.1.0-windows-installer.exe> build/windows/installer.nsi
; Per-user (office laptops are locked down: no administrator rights needed), into
; %LOCALAPPDATA%\Programs\Practice Catalogue, with a Start menu entry and an entry in Windows'
; list of installed apps. The uninstaller removes the program and leaves the user's bookmarks,
; notes, settings and imported updates (%LOCALAPPDATA%\PracticeCatalogue) unless the user asks
; (the question defaults to No; silently: Uninstall.exe /S /REMOVEDATA).
; A 64-bit installer, like the app (and Debian's Wine 8 runs 64-bit programs only).
Target amd64-unicode
!include "MUI2.nsh"
!include "FileFunc.nsh"

!define APP "Practice Catalogue"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\PracticeCatalogue"
!define USER_DATA "$LOCALAPPDATA\PracticeCatalogue"  ; platformdirs' folder for the app's user data

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
SetCompressor /SOLID lzma  ; 31 MiB where the .zip is 49

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP} ${VERSION} installer"
VIAddVersionKey "LegalCopyright" "MIT licence"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_FINISHPAGE_RUN "$INSTDIR\PracticeCatalogue.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An older version's _internal may hold files this one no longer has.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\PracticeCatalogue.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP} editors"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\PracticeCatalogue.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ; Only what the installer put there: the folder may have been chosen by hand.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\PracticeCatalogue.exe"
  Delete "$INSTDIR\practice-catalogue-cli.exe"
  Delete "$INSTDIR\README-FIELD.txt"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/REMOVEDATA" $1
  ${IfNot} ${Errors}
    RMDir /r "${USER_DATA}"
  ${ElseIf} ${FileExists} "${USER_DATA}\*.*"
    MessageBox MB_YESNO|MB_DEFBUTTON2|MB_ICONQUESTION \
      "Also delete your bookmarks, notes, settings and imported catalogue updates?$\n(${USER_DATA})" \
      /SD IDNO IDNO keep_data
    RMDir /r "${USER_DATA}"
    keep_data:
  ${EndIf}
SectionEnd
