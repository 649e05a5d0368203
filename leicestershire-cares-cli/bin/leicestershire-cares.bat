@echo off
rem The leicestershire-cares command on Windows: runs the runnable jar found next to this script,
rem in ..\lib (the distribution) or in ..\target (the source tree: build it with
rem mvnw.cmd -q -pl leicestershire-cares-cli -am package -DskipTests). Set JAVA to pick the java
rem binary (JDK or JRE 17 or later) and JAVA_OPTS for JVM options. Unlike bin/leicestershire-cares
rem it keeps no class-data archive.
setlocal
set "JAR="
for %%D in ("%~dp0." "%~dp0..\lib" "%~dp0..\target") do (
  if not defined JAR for %%J in ("%%~D\leicestershire-cares-cli-*-all.jar") do set "JAR=%%~fJ"
)
if defined JAR goto found
echo error: leicestershire-cares-cli-*-all.jar not found next to "%~f0", in its ..\lib or in its ..\target 1>&2
exit /b 2

:found
if not defined JAVA set "JAVA=java"
rem A command is over in a second or two: C1 alone gets there sooner (benchmarks/COLDSTART.md).
rem Not for watch, which runs for hours; JAVA_OPTS comes after, so it can undo it.
set "FAST=-XX:TieredStopAtLevel=1"
if /i "%~1"=="watch" set "FAST="
"%JAVA%" %FAST% %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
