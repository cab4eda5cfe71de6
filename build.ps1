#!/usr/bin/env pwsh
# fincomp build script. Usage: dotnet tool restore; dotnet pwsh build.ps1 <target>
#   test     verify the formatting, then run every test (what CI runs)
#   sample   build the sample report into out/
#   pack     the fincomp .NET tool packages (one per platform, ReadyToRun) in artifacts/; fails if one is 25 MB or more,
#            then installs the tool from that folder into a scratch tool path and runs it, as the README's install does
#   publish  self-contained single-file ReadyToRun programs for win-x64, linux-x64 and linux-arm64 in artifacts/publish/;
#            `publish linux-x64` (or several, comma-separated) publishes only those. On a linux-x64 machine the linux-x64
#            program then builds the sample report with no .NET on PATH and no DOTNET_ROOT, as on an office PC.
#            ReadyToRun compiles every library for each platform: about 5 CPU-minutes per platform, so on a busy
#            machine give it time (a run of the three took 30 minutes per platform under a load of 60).
#   fuzz     the seeded fuzz tests with a long budget (FINCOMP_FUZZ_ITERATIONS, default 5000); failing inputs go to out/fuzz-failures/
#   bench    whole-process benchmarks (hyperfine, pandoc side by side, peak memory) and the stage profile
param(
    [Parameter(Position = 0)]
    [ValidateSet('test', 'sample', 'pack', 'publish', 'bench', 'fuzz')]
    [string] $Target = 'test',

    # publish only: the platforms, e.g. 'linux-x64' or 'win-x64,linux-arm64' (default: all three).
    [Parameter(Position = 1)]
    [string] $Runtimes = 'win-x64,linux-x64,linux-arm64'
)

$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Step([string] $Command, [string[]] $Arguments) {
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Command $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

# Fails unless fincomp.dll and Fincomp.Core.dll in each package carry a ReadyToRun (managed native) header.
function Assert-ReadyToRun([IO.FileInfo[]] $Packages) {
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    $checked = 0
    foreach ($package in $Packages) {
        $zip = [IO.Compression.ZipFile]::OpenRead($package.FullName)
        try {
            foreach ($entry in $zip.Entries | Where-Object { $_.Name -in @('fincomp.dll', 'Fincomp.Core.dll') }) {
                $bytes = [IO.MemoryStream]::new()
                $stream = $entry.Open()
                try { $stream.CopyTo($bytes) } finally { $stream.Dispose() }
                $bytes.Position = 0
                $reader = [Reflection.PortableExecutable.PEReader]::new($bytes)
                try { $native = $reader.PEHeaders.CorHeader.ManagedNativeHeaderDirectory.Size } finally { $reader.Dispose() }
                if ($native -eq 0) { throw "$($package.Name): $($entry.FullName) is not ReadyToRun" }
                $checked++
            }
        }
        finally {
            $zip.Dispose()
        }
    }

    if ($checked -eq 0) { throw 'no fincomp assemblies found in the packages to check for ReadyToRun' }
    Write-Host "ReadyToRun: $checked assemblies checked"
}

switch ($Target) {
    'test' {
        Invoke-Step dotnet @('format', 'whitespace', 'Fincomp.sln', '--verify-no-changes')
        Invoke-Step dotnet @('test', 'Fincomp.sln')
    }
    'sample' {
        # The sample keeps the published original's errors: --force writes the report and exits 1 by design.
        & dotnet run --project src/Fincomp.Cli -- build samples/dangqun-2023.yaml --force -o out
        if ($LASTEXITCODE -gt 1) { throw "fincomp build failed with exit code $LASTEXITCODE" }
    }
    'pack' {
        Remove-Item -Recurse -Force artifacts/fincomp*.nupkg -ErrorAction SilentlyContinue
        Invoke-Step dotnet @('pack', 'src/Fincomp.Cli', '-c', 'Release', '-p:FincompToolPackages=true', '-o', 'artifacts')
        $limit = 25MB
        foreach ($package in Get-ChildItem artifacts -Filter 'fincomp*.nupkg') {
            $megabytes = [math]::Round($package.Length / 1MB, 1)
            Write-Host "$($package.Name): $megabytes MB"
            if ($package.Length -ge $limit) { throw "$($package.Name) is $megabytes MB, over the 25 MB limit" }
        }

        # The platform packages must carry precompiled (ReadyToRun) code: a JIT-only tool starts about twice as slowly.
        Assert-ReadyToRun (Get-ChildItem artifacts -Filter 'fincomp.*.nupkg')

        # The README's install, from the package folder, into a scratch tool path; then the tool must run.
        $tools = Join-Path ([IO.Path]::GetTempPath()) "fincomp-tool-$PID"
        try {
            Invoke-Step dotnet @('tool', 'install', 'fincomp', '--tool-path', $tools, '--add-source', (Resolve-Path artifacts).Path)
            $fincomp = Join-Path $tools 'fincomp'
            Invoke-Step $fincomp @('--version')
            & $fincomp check samples/park/guijian-2023.yaml
            if ($LASTEXITCODE -ne 0) { throw "the installed tool's check failed with exit code $LASTEXITCODE" }
        }
        finally {
            Remove-Item -Recurse -Force $tools -ErrorAction SilentlyContinue
        }
    }
    'publish' {
        # One file per platform with the runtime inside, for office PCs without .NET (linux-arm64: 信创 machines).
        $supported = @('win-x64', 'linux-x64', 'linux-arm64')
        $rids = @($Runtimes -split ',' | ForEach-Object { $_.Trim() } | Where-Object { $_ })
        foreach ($rid in $rids) {
            if ($rid -notin $supported) { throw "unknown platform '$rid': use $($supported -join ', ')" }
        }

        foreach ($rid in $rids) {
            $started = Get-Date
            $folder = "artifacts/publish/$rid"
            Remove-Item -Recurse -Force $folder -ErrorAction SilentlyContinue
            # No .pdb beside the program: an office PC gets one file.
            Invoke-Step dotnet @('publish', 'src/Fincomp.Cli', '-c', 'Release', '-r', $rid, '--self-contained', 'true',
                '-p:PublishSingleFile=true', '-p:IncludeNativeLibrariesForSelfExtract=true', '-p:PublishReadyToRun=true',
                '-p:DebugType=none', '-nologo', '-o', $folder)
            $program = Get-ChildItem $folder -File | Where-Object { $_.Name -in @('fincomp', 'fincomp.exe') }
            if (-not $program) { throw "no program in $folder" }
            $minutes = [math]::Round(((Get-Date) - $started).TotalMinutes, 1)
            Write-Host "${rid}: $($program.Name) $([math]::Round($program.Length / 1MB, 1)) MB ($minutes min)"
        }

        if ('linux-x64' -in $rids -and $IsLinux -and [Runtime.InteropServices.RuntimeInformation]::OSArchitecture -eq 'X64') {
            # As on an office PC: no dotnet on PATH, no DOTNET_ROOT; the sample's report must be written.
            $scratch = Join-Path ([IO.Path]::GetTempPath()) "fincomp-publish-$PID"
            try {
                New-Item -ItemType Directory -Force $scratch | Out-Null
                $program = (Resolve-Path 'artifacts/publish/linux-x64/fincomp').Path
                & env -i "HOME=$scratch" 'PATH=/nonexistent' $program build samples/dangqun-2023.yaml --force -o $scratch
                # The sample keeps the published original's errors: exit code 1 with the report written.
                if ($LASTEXITCODE -ne 1 -or -not (Test-Path (Join-Path $scratch 'dangqun-2023.docx'))) {
                    throw "the single-file program did not build the sample (exit code $LASTEXITCODE)"
                }

                Write-Host 'linux-x64: the single-file program built the sample report without .NET on PATH'
            }
            finally {
                Remove-Item -Recurse -Force $scratch -ErrorAction SilentlyContinue
            }
        }
    }
    'bench' {
        Invoke-Step bash @('tests/bench/run.sh')
    }
    'fuzz' {
        if (-not $env:FINCOMP_FUZZ_ITERATIONS) { $env:FINCOMP_FUZZ_ITERATIONS = '5000' }
        $env:FINCOMP_FUZZ_FAILURES = Join-Path $PSScriptRoot 'out/fuzz-failures'
        Invoke-Step dotnet @('test', 'tests/Fincomp.Tests', '--filter', 'FullyQualifiedName~Robustness.FuzzTests')
    }
}
