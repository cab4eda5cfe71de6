#!/usr/bin/env pwsh
# fincomp build script. Usage: dotnet tool restore; dotnet pwsh build.ps1 <target>
#   test     run every test (what CI runs)
#   sample   build the sample report into out/
#   pack     make the fincomp .NET tool package in artifacts/
#   publish  ReadyToRun self-contained builds for linux-x64 and win-x64 in artifacts/publish/
#   fuzz     the seeded fuzz tests with a long budget (FINCOMP_FUZZ_ITERATIONS, default 5000); failing inputs go to out/fuzz-failures/
#   bench    whole-process benchmarks (hyperfine, pandoc side by side, peak memory) and the stage profile
param(
    [Parameter(Position = 0)]
    [ValidateSet('test', 'sample', 'pack', 'publish', 'bench', 'fuzz')]
    [string] $Target = 'test'
)

$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Step([string] $Command, [string[]] $Arguments) {
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Command $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

switch ($Target) {
    'test' {
        Invoke-Step dotnet @('test', 'Fincomp.sln')
    }
    'sample' {
        Invoke-Step dotnet @('run', '--project', 'src/Fincomp.Cli', '--', 'build', 'samples/dangqun-2023.yaml', '--force', '-o', 'out')
    }
    'pack' {
        Invoke-Step dotnet @('pack', 'src/Fincomp.Cli', '-c', 'Release', '-o', 'artifacts')
    }
    'publish' {
        foreach ($rid in @('linux-x64', 'win-x64')) {
            Invoke-Step dotnet @('publish', 'src/Fincomp.Cli', '-c', 'Release', '-r', $rid, '--self-contained', 'false',
                '-p:PublishReadyToRun=true', '-o', "artifacts/publish/$rid")
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
