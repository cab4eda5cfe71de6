using Fincomp.Document;

namespace Fincomp.Tables;

/// <summary>
/// One of the nine standard disclosure tables of 第五部分 附表, with its number and whether the unit had no data for
/// it. An empty table keeps its format and says so in <see cref="Document.Table.Note"/>, because the tables are
/// published even when empty.
/// </summary>
/// <param name="Key">"table1" … "table9", the key templates use.</param>
/// <param name="Number">1 … 9, the order in which the tables are published.</param>
/// <param name="Title">The official title, e.g. 收入支出决算总表.</param>
public sealed record StandardTable(string Key, int Number, string Title, Table Table, bool IsEmpty);
