using Fincomp.Document;

namespace Fincomp.Tables;

/// <summary>
/// One of the nine standard disclosure tables of 第五部分 附表, with its number and whether the unit had no data for
/// it. An empty table keeps its format and says so in <see cref="Document.Table.Note"/>, because the tables are
/// published even when empty.
/// </summary>
/// <param name="Title">The official title, e.g. 收入支出决算总表.</param>
internal sealed record StandardTable(string Title, Table Table, bool IsEmpty)
{
    /// <summary>
    /// 1 … 9, the order in which the tables are published: given by <see cref="StandardTables"/>, the one list that
    /// orders them, never by a table itself.
    /// </summary>
    public int Number { get; init; }

    /// <summary>"table1" … "table9", the key templates use (<see cref="StandardTables.KeyOf"/>).</summary>
    public string Key => StandardTables.KeyOf(Number);
}
