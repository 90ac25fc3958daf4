@echo off
rem `certdesk` in a Command Prompt or PowerShell (issue 19). The Certdesk app's own executable is
rem also the command line: with a command it runs it and exits, with none it opens the app. A
rem batch file waits for the program and passes its exit code on, which a shortcut would not.
setlocal
"%~dp0..\Certdesk.exe" %*
exit /b %ERRORLEVEL%
