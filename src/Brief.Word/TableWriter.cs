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
        var width = SectionLayout.ContentWidth(context, wide);
        var grid = new TableGrid();
        for (var i = 0; i < columns; i++)
        {
            grid.Append(new GridColumn { Width = (width / columns).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        var word = new Table(new TableProperties
        {
            TableStyle = new TableStyle { Val = "BriefTable" },
            TableWidth = new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
        }, grid);
        foreach (var row in rows)
        {
            word.Append(Row(row, width / columns));
        }
        context.Target.Append(word);
        if (wide)
        {
            SectionLayout.BreakAfter(context);
        }
    }

    private TableRow Row(IElement row, int columnWidth)
    {
        var header = row.ParentElement?.TagName.Equals("THEAD", StringComparison.OrdinalIgnoreCase) == true
            || row.Children.All(c => c.TagName.Equals("TH", StringComparison.OrdinalIgnoreCase));
        var word = new TableRow();
        if (header)
        {
            word.Append(new TableRowProperties(new CantSplit(), new TableHeader()));
        }
        foreach (var cell in row.Children.Where(c => c.TagName is "TD" or "TH" or "td" or "th"))
        {
            word.Append(Cell(cell, columnWidth, header));
        }
        return word;
    }

    private TableCell Cell(IElement cell, int columnWidth, bool header)
    {
        var span = Span(cell);
        var properties = new TableCellProperties(new TableCellWidth
        {
            Width = (columnWidth * span).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Type = TableWidthUnitValues.Dxa,
        });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }
        if (header)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E5E7EB" });
        }
        var word = new TableCell(properties);
        context.PushTarget(word);
        var th = cell.TagName.Equals("TH", StringComparison.OrdinalIgnoreCase);
        writer.Flow(cell, ParagraphSlot.Plain(th ? "TableHeading" : "TableText"));
        context.PopTarget();
        if (!word.Elements<Paragraph>().Any())
        {
            word.Append(new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = "TableText" } }));
        }
        return word;
    }

    private static int Span(IElement cell) => int.TryParse(cell.GetAttribute("colspan"), out var span) && span > 1 ? span : 1;
}
