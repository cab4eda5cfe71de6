using Fincomp.Batch;
using Xunit;

namespace Fincomp.Tests.Batch;

public sealed class BatchRunnerTests
{
    [Fact]
    public void Outcomes_come_back_in_input_order_whatever_the_parallelism()
    {
        var files = Enumerable.Range(0, 40).Select(i => $"u{i:00}.yaml").ToList();

        var outcomes = BatchRunner.Run(files, jobs: 4, file =>
        {
            Thread.Sleep(file.GetHashCode() & 3);
            return new UnitOutcome(file, UnitStatus.Succeeded, [], [], TimeSpan.Zero);
        });

        Assert.Equal(files, outcomes.Select(o => o.File));
    }

    [Fact]
    public void A_unit_whose_work_throws_fails_alone()
    {
        var outcomes = BatchRunner.Run(["good.yaml", "bad.yaml", "also-good.yaml"], jobs: 2, file =>
            file == "bad.yaml"
                ? throw new InvalidOperationException("磁盘已满")
                : new UnitOutcome(file, UnitStatus.Succeeded, [], [], TimeSpan.Zero));

        Assert.Equal([UnitStatus.Succeeded, UnitStatus.Unreadable, UnitStatus.Succeeded], outcomes.Select(o => o.Status));
        Assert.Contains("磁盘已满", outcomes[1].Failure);
    }
}
