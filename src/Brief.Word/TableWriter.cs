using AngleSharp.Dom;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Brief.Word;

/// <summary>
/// An HTML table as a Word table: its caption above it, header rows repeated on each page, header cells bold;
/// a table of six columns or more (the option matrix) on a landscape page of its own.
/// </summary>
internal sealed class TableWriter(WriteContext context, DocumentWriter writer)
{
    private const int WideColumns = 6;

    public void Write(IElement table)
    {
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).ToList();
        var columns = rows.Select(r => r.Children.Sum(Span)).DefaultIfEmpty(1).Max();
        var wide = columns >= WideColumns && context.Target is Body;
        if (wide)
        {
            SectionLayout.BreakBefore(context);
        }
        if (table.QuerySelector("caption") is { } caption)
        {
            writer.Paragraph(caption.ChildNodes, ParagraphSlot.Plain(), "Caption");
        }
        var widths = Widths(SectionLayout.ContentWidth(context, wide), columns);
        var grid = new TableGrid();
        foreach (var column in widths)
        {
            grid.Append(new GridColumn { Width = column.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        var word = new Table(new TableProperties
        {
            TableStyle = new TableStyle { Val = "BriefTable" },
            TableWidth = new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
        }, grid);
        foreach (var row in rows)
        {
            word.Append(Row(row, widths));
        }
        context.Target.Append(word);
        if (wide)
        {
            SectionLayout.BreakAfter(context);
        }
    }

    /// <summary>A definition list of an item's fields (an option's Congress, risks…) as a two-column table: name, value.</summary>
    public void WriteFields(IElement list)
    {
        var width = SectionLayout.ContentWidth(context, landscape: false);
        int[] widths = [width / 3, width - width / 3];
        var word = new Table(new TableProperties
        {
            TableStyle = new TableStyle { Val = "BriefTable" },
            TableWidth = new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
        }, new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        foreach (var name in list.QuerySelectorAll("dt").Where(dt => dt.Closest("dl") == list))
        {
            if (name.NextElementSibling is { TagName: "DD" } value)
            {
                word.Append(new TableRow(
                    Cell(name, widths[0], 1, shaded: true, "TableHeading"), Cell(value, widths[1], 1, shaded: false, "TableText")));
            }
        }
        context.Target.Append(word);
    }

    /// <summary>Column widths: equal, except that the first (the row's name, in a table of four columns or more) gets twice the room.</summary>
    public static int[] Widths(int width, int columns)
    {
        var first = columns >= 4 ? 2 : 1;
        var unit = width / (columns - 1 + first);
        return [.. Enumerable.Range(0, columns).Select(i => i == 0 ? unit * first : unit)];
    }

    private TableRow Row(IElement row, int[] widths)
    {
        var header = row.ParentElement?.TagName.Equals("THEAD", StringComparison.OrdinalIgnoreCase) == true
            || row.Children.All(c => c.TagName.Equals("TH", StringComparison.OrdinalIgnoreCase));
        var word = new TableRow();
        if (header)
        {
            word.Append(new TableRowProperties(new CantSplit(), new TableHeader()));
        }
        var column = 0;
        foreach (var cell in row.Children.Where(c => c.TagName is "TD" or "TH" or "td" or "th"))
        {
            var span = Span(cell);
            var width = widths.Skip(column).Take(span).Sum();
            column += span;
            var th = cell.TagName.Equals("TH", StringComparison.OrdinalIgnoreCase);
            word.Append(Cell(cell, width, span, header, th ? "TableHeading" : "TableText"));
        }
        return word;
    }

    private TableCell Cell(IElement cell, int width, int span, bool shaded, string style)
    {
        var properties = new TableCellProperties(new TableCellWidth
        {
            Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Type = TableWidthUnitValues.Dxa,
        });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }
        if (shaded)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E5E7EB" });
        }
        var word = new TableCell(properties);
        context.PushTarget(word);
        writer.Flow(cell, ParagraphSlot.Plain(style));
        context.PopTarget();
        if (!word.Elements<Paragraph>().Any())
        {
            word.Append(new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = "TableText" } }));
        }
        return word;
    }

    private static int Span(IElement cell) => int.TryParse(cell.GetAttribute("colspan"), out var span) && span > 1 ? span : 1;
}
