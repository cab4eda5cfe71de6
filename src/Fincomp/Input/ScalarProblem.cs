namespace Fincomp.Input;

/// <summary>Why a scalar is not the number its key needs: the kind decides the FC code, the message tells what to write.</summary>
internal sealed record ScalarProblem(ScalarProblemKind Kind, string Message)
{
    public override string ToString() => Message;
}
