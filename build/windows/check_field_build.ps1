# Checks the Windows field build on Windows itself, as build/check_field_build.sh does on Linux:
# self-test and a search with an empty profile, then portable mode and a moved stick. Run by
# .github/workflows/field-builds.yml on a hosted Windows runner. WRITTEN, NOT YET RUN (this
# project's machine is Linux; there, build/check_windows_build.sh checks the same under Wine).
# Not ported: the read-only folder run as another user (it needs a second Windows account).
# Usage: pwsh build/windows/check_field_build.ps1 [build\dist\PracticeCatalogue-<version>-windows]
param([string]$Build = (Get-ChildItem build\dist -Directory -Filter "PracticeCatalogue-*-windows" | Select-Object -First 1).FullName)
$ErrorActionPreference = "Stop"
function Fail($message) { Write-Error "FIELD BUILD CHECK FAILED: $message"; exit 1 }
$work = Join-Path ([System.IO.Path]::GetTempPath()) ("field-check-" + [guid]::NewGuid())
New-Item -ItemType Directory $work | Out-Null

Write-Output "1. Empty profile: self-test and a CLI search"
# An empty stand-in for the user's AppData\Local: platformdirs (4.14+) reads this override; the
# LOCALAPPDATA variable itself it ignores in favour of the shell's known folder.
$env:WIN_PD_OVERRIDE_LOCAL_APPDATA = Join-Path $work "profile1"
New-Item -ItemType Directory $env:WIN_PD_OVERRIDE_LOCAL_APPDATA | Out-Null
& "$Build\practice-catalogue-cli.exe" --self-test
if ($LASTEXITCODE -ne 0) { Fail "self-test" }
$out = & "$Build\practice-catalogue-cli.exe" search "Sao Paulo" --json --limit 1 | Out-String
if ($out -notmatch '"id": "sao-paulo-municipal-plan-immigrant-population"') { Fail "CLI search: $out" }
if (-not (Test-Path "$env:WIN_PD_OVERRIDE_LOCAL_APPDATA\PracticeCatalogue\user.db")) { Fail "user data did not go to AppData\Local" }

Write-Output "2. Portable mode: a 'portable' file beside the .exe keeps all data in data\"
$stick = Join-Path $work "stick"
Copy-Item -Recurse $Build $stick
New-Item -ItemType File "$stick\portable" | Out-Null
$env:WIN_PD_OVERRIDE_LOCAL_APPDATA = Join-Path $work "profile2"
New-Item -ItemType Directory $env:WIN_PD_OVERRIDE_LOCAL_APPDATA | Out-Null
& "$stick\practice-catalogue-cli.exe" --self-test
if ($LASTEXITCODE -ne 0) { Fail "self-test in portable mode" }
if (-not (Test-Path "$stick\data\user.db")) { Fail "portable mode did not write data\user.db" }
if (Get-ChildItem $env:WIN_PD_OVERRIDE_LOCAL_APPDATA) { Fail "portable mode wrote into AppData\Local" }

Write-Output "3. The stick moves to another computer (another path): the data comes along"
$moved = Join-Path $work "other laptop"
Move-Item $stick $moved
$out = & "$moved\practice-catalogue-cli.exe" --self-test | Out-String
if ($LASTEXITCODE -ne 0 -or $out -notmatch [regex]::Escape("$moved\data")) { Fail "the moved copy did not use its own data\: $out" }
Write-Output "Field build checks passed."
