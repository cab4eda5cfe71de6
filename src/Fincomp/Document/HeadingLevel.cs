namespace Fincomp.Document;

/// <summary>The heading levels of a 决算公开, each with its own conventional font (GB/T 9704).</summary>
public enum HeadingLevel
{
    /// <summary>The document title: 方正小标宋简体 2号, centred.</summary>
    Title = 0,

    /// <summary>第一部分 …: 黑体, centred.</summary>
    Part = 1,

    /// <summary>一、…: 黑体.</summary>
    Section = 2,

    /// <summary>（一）…: 楷体_GB2312.</summary>
    Subsection = 3,

    /// <summary>1. …: 仿宋_GB2312 bold.</summary>
    Item = 4,
}
