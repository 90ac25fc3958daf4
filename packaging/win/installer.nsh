; Certdesk's additions to electron-builder's NSIS installer (issue 19): a page with the option
; "Add the certdesk command to the PATH" (on by default, and in silent installs), which puts
; $INSTDIR\bin (certdesk.cmd) on the user's PATH, or the machine's for an all-users install; the
; uninstaller takes it off again. Checked by test/unit/app/packaging.test.ts with Debian's makensis.
!include nsDialogs.nsh
!include LogicLib.nsh
!include WinMessages.nsh
!include WordFunc.nsh

Var CertdeskPathBox
Var CertdeskAddToPath

!define CERTDESK_USER_ENV 'HKCU "Environment"'
!define CERTDESK_MACHINE_ENV 'HKLM "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"'

!macro customPageAfterChangeDir
  Page custom CertdeskPathPage CertdeskPathPageLeave
!macroend

Function CertdeskPathPage
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 40u "Certdesk also works from a Command Prompt or PowerShell, for example $\"certdesk list$\" or $\"certdesk schedule install$\" (renew even when you are signed out)."
  Pop $0
  ${NSD_CreateCheckbox} 0 48u 100% 12u "Add the certdesk command to the PATH"
  Pop $CertdeskPathBox
  ${NSD_Check} $CertdeskPathBox
  nsDialogs::Show
FunctionEnd

Function CertdeskPathPageLeave
  ${NSD_GetState} $CertdeskPathBox $CertdeskAddToPath
FunctionEnd

!macro customInstall
  ; Unset (a silent install never showed the page) counts as yes.
  ${If} $CertdeskAddToPath != ${BST_UNCHECKED}
    ${If} $installMode == "all"
      ReadRegStr $0 ${CERTDESK_MACHINE_ENV} "Path"
    ${Else}
      ReadRegStr $0 ${CERTDESK_USER_ENV} "Path"
    ${EndIf}
    StrLen $1 $0
    ; NSIS strings have a fixed size: a PATH near it would be cut short if written back.
    IntOp $2 ${NSIS_MAX_STRLEN} - 300
    ${If} $1 > $2
      DetailPrint "The PATH is too long to change safely: add $INSTDIR\bin to it yourself."
    ${Else}
      ${WordFind} "$0" "$INSTDIR\bin" "E+1{" $3
      ${If} ${Errors}
        ${If} $0 == ""
          StrCpy $0 "$INSTDIR\bin"
        ${Else}
          StrCpy $0 "$0;$INSTDIR\bin"
        ${EndIf}
        ${If} $installMode == "all"
          WriteRegExpandStr ${CERTDESK_MACHINE_ENV} "Path" "$0"
        ${Else}
          WriteRegExpandStr ${CERTDESK_USER_ENV} "Path" "$0"
        ${EndIf}
        SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
        DetailPrint "Added $INSTDIR\bin to the PATH: open a new terminal to use certdesk."
      ${EndIf}
    ${EndIf}
  ${EndIf}
!macroend

!macro customUnInstall
  ${If} $installMode == "all"
    ReadRegStr $0 ${CERTDESK_MACHINE_ENV} "Path"
  ${Else}
    ReadRegStr $0 ${CERTDESK_USER_ENV} "Path"
  ${EndIf}
  StrCpy $1 $0
  ${un.WordReplace} "$0" ";$INSTDIR\bin" "" "+" $0
  ${un.WordReplace} "$0" "$INSTDIR\bin;" "" "+" $0
  ${un.WordReplace} "$0" "$INSTDIR\bin" "" "+" $0
  ${If} $0 != $1
    ${If} $installMode == "all"
      WriteRegExpandStr ${CERTDESK_MACHINE_ENV} "Path" "$0"
    ${Else}
      WriteRegExpandStr ${CERTDESK_USER_ENV} "Path" "$0"
    ${EndIf}
    SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
  ${EndIf}
!macroend
