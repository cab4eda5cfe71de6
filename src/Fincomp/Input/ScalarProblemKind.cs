namespace Fincomp.Input;

/// <summary>What is wrong with a number as written; the binder maps each kind to its FC code.</summary>
internal enum ScalarProblemKind
{
    /// <summary>Not a number as fincomp reads them: text, thousands separators, an exponent, a unit, NaN.</summary>
    NotANumber,

    /// <summary>A number, but with more integer digits or decimals than any real figure has, or beyond the count bound.</summary>
    OutOfRange,

    /// <summary>A number written in quotes, which YAML reads as text.</summary>
    Quoted,
}
