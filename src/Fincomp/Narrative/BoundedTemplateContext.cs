using System.Diagnostics;
using Scriban;
using Scriban.Syntax;

namespace Fincomp.Narrative;

/// <summary>
/// A Scriban context that also bounds what Scriban's own limits do not: a template can build ever longer strings, fill
/// arrays, or recurse exponentially without looping (f calling f twice), each within the loop, recursion and output
/// limits. Every evaluation step checks the memory this render has allocated, and every few thousand steps the processor
/// time the process has used since the render began, so a hostile template ends in a diagnostic instead of exhausting
/// the machine. A render is synchronous, so the thread's allocation counter measures exactly this render. Time is
/// processor time, not wall time: on a machine busy with other work (a bureau's CI running many builds at once) an
/// ordinary template waits for a core far longer than it runs, and must not be taken for a runaway loop.
/// </summary>
internal sealed class BoundedTemplateContext : TemplateContext
{
    private readonly long _allocationLimit;
    private readonly long _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
    private readonly TimeSpan _processorTimeAtStart = ProcessorTime();
    private readonly TimeSpan _timeLimit;
    private int _steps;

    public BoundedTemplateContext(long allocationLimit, TimeSpan timeLimit)
        : base(DeterministicBuiltins.Instance)
    {
        _allocationLimit = allocationLimit;
        _timeLimit = timeLimit;
    }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart > _allocationLimit)
        {
            throw new ScriptRuntimeException(scriptNode?.Span ?? default, $"模板运行占用的内存超过上限（{_allocationLimit / (1024 * 1024)} MB），请检查模板中的循环或递归。");
        }

        // Reading the process's processor time costs a system call: every 4096th step is often enough (a step is
        // microseconds) and keeps the check out of an ordinary render's cost.
        if ((++_steps & 4095) == 0 && ProcessorTime() - _processorTimeAtStart > _timeLimit)
        {
            throw new ScriptRuntimeException(scriptNode?.Span ?? default, $"模板运行的处理器时间超过上限（{_timeLimit.TotalSeconds} 秒），请检查模板中的循环或递归。");
        }

        var value = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (value is double d && !double.IsFinite(d) || value is float f && !float.IsFinite(f))
        {
            // "1 / 0" is never printed as "Infinity" nor carried on: an error where the expression is.
            throw new ScriptRuntimeException(scriptNode?.Span ?? default, $"模板算出了不是有限数的值“{value}”（例如除以 0 的结果）。");
        }

        return value;
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
