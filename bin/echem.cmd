@echo off
rem echem launcher for Windows: runs ..\lib\echem.jar (the distribution) with a JDK >= 17
rem from JAVA_HOME or PATH; output in UTF-8 (code page 65001 while it runs).
rem ECHEM_JAVA_OPTS adds JVM options.
setlocal
set "ECHEM_JAR=%~dp0..\lib\echem.jar"
if not exist "%ECHEM_JAR%" set "ECHEM_JAR=%~dp0..\target\echem.jar"
if not exist "%ECHEM_JAR%" (
  echo echem: no echem.jar next to this script: unpack the distribution, or run "mvn package" in the checkout 1>&2
  exit /b 1
)
set "ECHEM_JAVA=java"
if defined JAVA_HOME set "ECHEM_JAVA=%JAVA_HOME%\bin\java.exe"
if defined JAVA_HOME if not exist "%ECHEM_JAVA%" (
  echo echem: JAVA_HOME=%JAVA_HOME% has no bin\java.exe: set it to a JDK 17 or newer, or unset it 1>&2
  exit /b 1
)
set "ECHEM_CP="
for /f "tokens=2 delims=:." %%c in ('chcp') do set /a "ECHEM_CP=%%c" 2>nul
chcp 65001 >nul 2>&1
"%ECHEM_JAVA%" -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -XX:+UseSerialGC -Xshare:auto %ECHEM_JAVA_OPTS% -jar "%ECHEM_JAR%" %*
set "ECHEM_RC=%ERRORLEVEL%"
if defined ECHEM_CP chcp %ECHEM_CP% >nul 2>&1
exit /b %ECHEM_RC%
