using Xunit;

namespace Fincomp.Tests.Robustness;

/// <summary>
/// Runs a piece of work on its own thread and fails the test if it has not finished within a generous bound. It is
/// not a timing test: the bound is far above any normal run and only turns a hang into a failure instead of a stuck
/// test run.
/// </summary>
internal static class HangGuard
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    public static T Run<T>(Func<T> work, string what)
    {
        var task = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Assert.True(task.Wait(Bound), $"{what}: not finished within {Bound.TotalSeconds} s.");
        return task.Result;
    }
}
