namespace Fincomp.Batch;

/// <summary>
/// Runs one piece of work per unit file on up to <c>jobs</c> threads. Units are independent: one that fails is
/// reported and the others go on. Results come back in input order whatever the scheduling, so summaries and logs are
/// the same for every <c>--jobs</c> value.
/// </summary>
public static class BatchRunner
{
    public static IReadOnlyList<UnitOutcome> Run(IReadOnlyList<string> files, int jobs, Func<string, UnitOutcome> work, Action<UnitOutcome>? completed = null)
    {
        var outcomes = new UnitOutcome[files.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) };
        Parallel.For(0, files.Count, options, index =>
        {
            var outcome = RunOne(files[index], work);
            outcomes[index] = outcome;
            completed?.Invoke(outcome);
        });
        return outcomes;
    }

    /// <summary>
    /// A defect in one unit's work must not take the batch down with it: it becomes that unit's failure, and the
    /// others still build. Input problems never get here; they are diagnostics.
    /// </summary>
    private static UnitOutcome RunOne(string file, Func<string, UnitOutcome> work)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return work(file);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new UnitOutcome(file, UnitStatus.Unreadable, [], [], System.Diagnostics.Stopwatch.GetElapsedTime(started))
            {
                Failure = $"内部错误（{exception.GetType().Name}）：{exception.Message}",
            };
        }
    }
}
